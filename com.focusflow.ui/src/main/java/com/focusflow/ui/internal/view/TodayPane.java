package com.focusflow.ui.internal.view;

import com.focusflow.ui.internal.model.TodayViewModel;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Line;
import javafx.util.StringConverter;

/**
 * The Today tab: focus time, sessions, score out of 100 with whole-point parts, the streak, the editable
 * daily goal, the week as bars in whole minutes or hours with today highlighted and the goal as a line,
 * and a history table that grows with the window.
 */
final class TodayPane {
    private TodayPane() {
    }

    static VBox create(TodayViewModel model) {
        GridPane figures = new GridPane();
        figures.setHgap(24);
        figures.setVgap(4);
        figures.addRow(0, Controls.heading("Focus time"), Controls.heading("Sessions"), Controls.heading("Score"),
                Controls.heading("Streak"));
        figures.addRow(1, figure(model.focusTimeProperty(), "today-focus"), figure(model.sessionCountProperty(), "today-sessions"),
                figure(model.scoreProperty(), "today-score"), figure(model.streakProperty(), "today-streak"));

        VBox parts = new VBox(2);
        parts.setId("today-parts");
        model.parts().addListener((ListChangeListener<TodayViewModel.PartRow>) change -> parts.getChildren().setAll(
                model.parts().stream().map(p -> {
                    Label points = new Label(p.points());
                    points.setMinWidth(40);
                    points.getStyleClass().add("points");
                    return (Node) new HBox(8, points, new Label(p.explanation()));
                }).toList()));

        TextField goal = new TextField();
        goal.setId("today-goal");
        goal.setPrefColumnCount(4);
        goal.textProperty().bindBidirectional(model.goalProperty());
        goal.setAccessibleText("Daily focus goal in minutes");
        goal.setOnAction(e -> model.saveGoal());
        Button saveGoal = new Button("Set _goal");
        saveGoal.setId("today-goal-save");
        saveGoal.setMnemonicParsing(true);
        saveGoal.setOnAction(e -> model.saveGoal());
        Label goalMessage = new Label();
        goalMessage.setId("today-goal-message");
        goalMessage.getStyleClass().add("hint");
        goalMessage.textProperty().bind(model.goalMessageProperty());
        HBox goalRow = new HBox(8, new Label("Daily goal"), goal, new Label("min"), saveGoal, goalMessage);
        goalRow.setAlignment(Pos.CENTER_LEFT);

        StackPane chart = chart(model);

        TableView<TodayViewModel.SessionRow> table = new TableView<>(model.recent());
        table.setId("today-history");
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
        table.setMinHeight(150);
        table.setPrefHeight(200);
        VBox.setVgrow(table, Priority.ALWAYS);

        Label status = Controls.errorLabel(model.statusProperty());
        VBox statistics = new VBox(8, figures, parts, goalRow, chart);
        statistics.visibleProperty().bind(model.availableProperty());
        statistics.managedProperty().bind(model.availableProperty());

        VBox box = new VBox(10, status, statistics, Controls.heading("Recent sessions"), table);
        box.setPadding(new Insets(18));
        return box;
    }

    /** The week's bars on a whole-unit axis, today's bar highlighted, the daily goal as a dashed line. */
    private static StackPane chart(TodayViewModel model) {
        CategoryAxis days = new CategoryAxis();
        NumberAxis values = new NumberAxis();
        values.setAutoRanging(false);
        values.setLowerBound(0);
        values.setMinorTickVisible(false);
        values.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number n) {
                return Long.toString(Math.round(n.doubleValue()));
            }

            @Override
            public Number fromString(String s) {
                return Double.valueOf(s);
            }
        });
        BarChart<String, Number> chart = new BarChart<>(days, values);
        chart.setId("today-chart");
        chart.setLegendVisible(false);
        chart.setAnimated(false);
        chart.setPrefHeight(200);
        chart.setMinHeight(160);
        chart.setAccessibleText("Focus time of the last seven days");
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        chart.getData().add(series);

        Line goal = new Line();
        goal.setId("today-goal-line");
        goal.getStyleClass().add("goal-line");
        goal.setManaged(false);
        Pane overlay = new Pane(goal);
        overlay.setMouseTransparent(true);
        StackPane stack = new StackPane(chart, overlay);

        Runnable drawGoal = () -> {
            Node plot = chart.lookup(".chart-plot-background");
            TodayViewModel.Axis axis = model.axisProperty().get();
            if (plot == null || axis == null) {
                return;
            }
            var bounds = overlay.sceneToLocal(plot.localToScene(plot.getBoundsInLocal()));
            double y = overlay.sceneToLocal(values.localToScene(0, values.getDisplayPosition(axis.goal()))).getY();
            goal.setStartX(bounds.getMinX());
            goal.setEndX(bounds.getMaxX());
            goal.setStartY(y);
            goal.setEndY(y);
        };
        java.util.function.Consumer<TodayViewModel.Axis> scale = axis -> {
            values.setUpperBound(axis.upper());
            values.setTickUnit(axis.tick());
            values.setLabel(axis.unit().equals("h") ? "hours" : "minutes"); // the dashed line: the daily goal
            javafx.application.Platform.runLater(drawGoal); // once the axis has its new scale
        };
        scale.accept(model.axisProperty().get());
        model.axisProperty().addListener((o, old, axis) -> scale.accept(axis));
        model.week().addListener((ListChangeListener<TodayViewModel.DayBar>) change -> {
            series.getData().setAll(model.week().stream().map(d -> {
                XYChart.Data<String, Number> bar = new XYChart.Data<>(d.day(), d.value());
                if (d.today()) {
                    bar.nodeProperty().addListener((o, old, node) -> {
                        if (node != null) {
                            node.getStyleClass().add("today-bar");
                        }
                    });
                }
                return bar;
            }).toList());
        });
        chart.needsLayoutProperty().addListener((o, was, needs) -> {
            if (!needs) {
                drawGoal.run();
            }
        });
        stack.layoutBoundsProperty().addListener((o, old, b) -> drawGoal.run());
        return stack;
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
