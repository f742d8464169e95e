package com.focusflow.ui.internal.schedule;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;

import com.focusflow.api.schedule.Schedule;

/**
 * The Schedules tab: a week view (seven columns, one bar per window, a line at the current time), the list
 * with Skip and Delete, and a form to add one; the service's refusal shows under the form.
 */
public final class SchedulesPane {

    static final double WIDTH = 700;
    static final double HEIGHT = 220;
    private static final double TOP = 18;

    private SchedulesPane() {
    }

    public static Node create(SchedulesViewModel model) {
        Label status = new Label();
        status.setId("schedules-status");
        status.textProperty().bind(model.statusProperty());

        Pane week = new Pane();
        week.setId("schedules-week");
        week.setMinSize(WIDTH, HEIGHT);
        week.setPrefSize(WIDTH, HEIGHT);
        model.bars().addListener((ListChangeListener<WeekLayout.Bar>) c -> drawWeek(week, model));
        drawWeek(week, model);

        ListView<Schedule> list = new ListView<>(model.schedules());
        list.setId("schedules-list");
        list.setPrefHeight(120);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Schedule s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty || s == null ? null : describe(s));
                setId(empty || s == null ? null : "schedule-item-" + s.id());
            }
        });
        Button skip = new Button("S_kip next");
        skip.setId("schedule-skip");
        skip.setOnAction(e -> selected(list).ifPresent(s -> model.skip(s.id())));
        Button delete = new Button("De_lete");
        delete.setId("schedule-delete");
        delete.setOnAction(e -> selected(list).ifPresent(s -> model.remove(s.id())));

        VBox box = new VBox(10, status, week, list, new HBox(8, skip, delete), form(model));
        box.setPadding(new Insets(14));
        return box;
    }

    private static Node form(SchedulesViewModel model) {
        TextField name = new TextField();
        name.setId("schedule-name");
        name.setPromptText("Name, e.g. Deep work");
        name.setAccessibleText("Schedule name");
        List<CheckBox> days = new ArrayList<>();
        HBox dayBoxes = new HBox(6);
        for (DayOfWeek day : DayOfWeek.values()) {
            CheckBox box = new CheckBox(day.getDisplayName(TextStyle.SHORT, Locale.ENGLISH));
            box.setId("schedule-day-" + day.name().toLowerCase(Locale.ROOT));
            box.setUserData(day.name());
            days.add(box);
            dayBoxes.getChildren().add(box);
        }
        TextField start = time("schedule-start", "09:00", "Start time HH:MM");
        TextField end = time("schedule-end", "12:00", "End time HH:MM");
        ComboBox<String> action = new ComboBox<>();
        action.getItems().addAll("block", "focus");
        action.setValue("block");
        action.setId("schedule-action");
        action.setAccessibleText("Action: block or focus");
        CheckBox strict = new CheckBox("Strict");
        strict.setId("schedule-strict");
        Button add = new Button("Add _schedule");
        add.setId("schedule-add");
        add.setOnAction(e -> model.add(name.getText(), days.stream().filter(CheckBox::isSelected)
                .map(b -> (String) b.getUserData()).toList(), start.getText(), end.getText(), action.getValue(),
                strict.isSelected()));
        Label error = new Label();
        error.setId("schedule-error");
        error.getStyleClass().add("danger");
        error.setWrapText(true);
        error.textProperty().bind(model.errorProperty());
        return new VBox(8, name, dayBoxes,
                new HBox(8, new Label("from"), start, new Label("to"), end, action, strict, add), error);
    }

    private static TextField time(String id, String value, String accessible) {
        TextField field = new TextField(value);
        field.setId(id);
        field.setPrefColumnCount(5);
        field.setAccessibleText(accessible);
        return field;
    }

    static String describe(Schedule s) {
        return s.name() + "  " + s.days().stream().map(d -> d.getDisplayName(TextStyle.SHORT, Locale.ENGLISH)).toList()
                + "  " + s.start() + "-" + s.end() + "  " + s.action() + (s.strict() ? ", strict" : "")
                + (s.enabled() ? "" : ", disabled");
    }

    private static Optional<Schedule> selected(ListView<Schedule> list) {
        return Optional.ofNullable(list.getSelectionModel().getSelectedItem());
    }

    /** Columns with day names, a bar per window (strict ones in the danger colour), and a line at now. */
    private static void drawWeek(Pane week, SchedulesViewModel model) {
        week.getChildren().clear();
        double column = WIDTH / 7;
        double height = HEIGHT - TOP;
        for (int d = 0; d < 7; d++) {
            Label day = new Label(DayOfWeek.of(d + 1).getDisplayName(TextStyle.SHORT, Locale.ENGLISH));
            day.setLayoutX(d * column + 4);
            Region lane = new Region();
            lane.setLayoutX(d * column + 2);
            lane.setLayoutY(TOP);
            lane.setPrefSize(column - 4, height);
            lane.setStyle("-fx-border-color: -color-border-default;");
            week.getChildren().addAll(day, lane);
        }
        int index = 0;
        for (WeekLayout.Bar bar : model.bars()) {
            Rectangle r = new Rectangle(bar.day() * column + 6, TOP + height * bar.from() / WeekLayout.DAY_MINUTES,
                    column - 12, Math.max(2, height * (bar.to() - bar.from()) / WeekLayout.DAY_MINUTES));
            r.setStyle(bar.strict() ? "-fx-fill: -color-danger-emphasis;" : "-fx-fill: -color-accent-emphasis;");
            r.setOpacity(0.75);
            r.setAccessibleText(bar.name());
            r.getStyleClass().add("week-bar");
            r.setId("week-bar-" + index++);
            week.getChildren().add(r);
        }
        int[] now = model.now();
        double y = TOP + height * now[1] / WeekLayout.DAY_MINUTES;
        Line line = new Line(now[0] * column + 2, y, (now[0] + 1) * column - 2, y);
        line.setId("schedules-now");
        line.setStyle("-fx-stroke: -color-danger-fg; -fx-stroke-width: 2;");
        week.getChildren().add(line);
    }
}
