package com.focusflow.ui.internal.view;

import com.focusflow.ui.internal.model.TodayViewModel;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/** The Today tab: focus time, sessions, score with its parts, the week as bars, the recent sessions. */
final class TodayPane {
    private TodayPane() {
    }

    static VBox create(TodayViewModel model) {
        GridPane figures = new GridPane();
        figures.setHgap(24);
        figures.setVgap(4);
        figures.addRow(0, Controls.heading("Focus time"), Controls.heading("Sessions"), Controls.heading("Score"));
        figures.addRow(1, figure(model.focusTimeProperty(), "today-focus"), figure(model.sessionCountProperty(), "today-sessions"),
                figure(model.scoreProperty(), "today-score"));

        VBox parts = new VBox(2);
        model.parts().addListener((ListChangeListener<TodayViewModel.PartRow>) change -> parts.getChildren().setAll(
                model.parts().stream().map(p -> new Label(p.points() + "   " + p.explanation())).toList()));

        CategoryAxis days = new CategoryAxis();
        NumberAxis minutes = new NumberAxis();
        minutes.setLabel("focus minutes");
        BarChart<String, Number> chart = new BarChart<>(days, minutes);
        chart.setLegendVisible(false);
        chart.setAnimated(false);
        chart.setPrefHeight(200);
        chart.setAccessibleText("Focus minutes of the last seven days");
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        chart.getData().add(series);
        model.week().addListener((ListChangeListener<TodayViewModel.DayBar>) change -> series.getData().setAll(
                model.week().stream().map(d -> new XYChart.Data<String, Number>(d.day(), d.focusMinutes())).toList()));

        TableView<TodayViewModel.SessionRow> table = new TableView<>(model.recent());
        table.setAccessibleText("Recent sessions");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("Started", TodayViewModel.SessionRow::started));
        table.getColumns().add(column("Type", TodayViewModel.SessionRow::type));
        table.getColumns().add(column("Planned", TodayViewModel.SessionRow::planned));
        table.getColumns().add(column("Ran", TodayViewModel.SessionRow::actual));
        table.getColumns().add(column("Result", TodayViewModel.SessionRow::result));
        Label empty = new Label();
        empty.textProperty().bind(model.historyStatusProperty());
        table.setPlaceholder(empty);
        table.setPrefHeight(200);

        Label status = Controls.errorLabel(model.statusProperty());
        VBox statistics = new VBox(8, figures, parts, chart);
        statistics.visibleProperty().bind(model.availableProperty());
        statistics.managedProperty().bind(model.availableProperty());

        VBox box = new VBox(10, status, statistics, Controls.heading("Recent sessions"), table);
        box.setPadding(new Insets(18));
        return box;
    }

    private static Label figure(ObservableStringValue text, String id) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add("figure");
        label.textProperty().bind(text);
        return label;
    }

    private static TableColumn<TodayViewModel.SessionRow, String> column(String title,
            Function<TodayViewModel.SessionRow, String> value) {
        TableColumn<TodayViewModel.SessionRow, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setSortable(false);
        return column;
    }
}
