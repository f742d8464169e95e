package com.focusflow.ui.internal.view;

import com.focusflow.api.session.SessionType;
import com.focusflow.ui.internal.model.BlockListViewModel;
import com.focusflow.ui.internal.model.PomodoroViewModel;
import com.focusflow.ui.internal.model.SessionViewModel;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The session tab: type, planned minutes (presets that fit the type, and free entry), strict, a warning
 * when website blocking will not work, Start/Stop, a countdown that grows with the window, the state,
 * how the last session went, and the Pomodoro switch.
 */
final class SessionPane {
    private SessionPane() {
    }

    static VBox create(SessionViewModel model, BlockListViewModel blocks, PomodoroViewModel pomodoro) {
        ComboBox<SessionType> type = new ComboBox<>();
        type.setId("session-type");
        type.getItems().setAll(SessionType.values());
        type.valueProperty().bindBidirectional(model.typeProperty());
        type.setAccessibleText("Session type");
        Label typeLabel = Controls.label("_Type", type);

        TextField minutes = new TextField();
        minutes.setId("session-minutes");
        minutes.setPrefColumnCount(4);
        minutes.textProperty().bindBidirectional(model.minutesProperty());
        minutes.setAccessibleText("Planned minutes, 1 to 720");
        Label minutesLabel = Controls.label("_Minutes", minutes);

        HBox presets = new HBox(6);
        ToggleGroup group = new ToggleGroup();
        Runnable showPresets = () -> {
            presets.getChildren().clear();
            group.getToggles().clear();
            for (int preset : SessionViewModel.presetsFor(model.typeProperty().get())) {
                ToggleButton button = new ToggleButton(Integer.toString(preset));
                button.setId("preset-" + preset);
                button.setToggleGroup(group);
                button.setAccessibleText(preset + " minutes");
                button.setSelected(Integer.toString(preset).equals(model.minutesProperty().get().strip()));
                button.setOnAction(e -> model.minutesProperty().set(Integer.toString(preset)));
                presets.getChildren().add(button);
            }
        };
        showPresets.run();
        model.typeProperty().addListener((o, old, t) -> {
            showPresets.run();
            if (!model.isRunning() && !SessionViewModel.presetsFor(t).equals(SessionViewModel.presetsFor(old))) {
                model.minutesProperty().set(Integer.toString(SessionViewModel.presetsFor(t).get(0)));
            }
        });
        model.minutesProperty().addListener((o, old, text) -> group.getToggles().forEach(
                t -> t.setSelected(((ToggleButton) t).getText().equals(text.strip()))));

        CheckBox strict = new CheckBox("Strict (no stopping before the end)  Alt+S");
        strict.setId("session-strict");
        strict.setMnemonicParsing(false);
        Controls.altShortcut(strict, javafx.scene.input.KeyCode.S);
        strict.selectedProperty().bindBidirectional(model.strictProperty());

        FlowPane form = new FlowPane(10, 8, typeLabel, type, minutesLabel, minutes, presets);
        form.setAlignment(Pos.CENTER_LEFT);
        form.disableProperty().bind(model.runningProperty().or(model.availableProperty().not()));
        strict.disableProperty().bind(form.disableProperty());

        // Before Start: website blocking will not work (e.g. no permission for the hosts file), with the fix.
        Label websiteProblem = new Label();
        websiteProblem.setId("session-website-warning");
        websiteProblem.setWrapText(true);
        websiteProblem.getStyleClass().add("warning-text");
        websiteProblem.textProperty().bind(blocks.websiteProblemProperty());
        Button fix = new Button("Fix…");
        fix.setId("session-website-fix");
        fix.setOnAction(e -> HealthDialog.show(fix.getScene().getWindow(), blocks.health()));
        HBox warning = new HBox(10, websiteProblem, fix);
        HBox.setHgrow(websiteProblem, Priority.ALWAYS);
        warning.setAlignment(Pos.CENTER_LEFT);
        warning.getStyleClass().add("warning-box");
        warning.visibleProperty().bind(blocks.websiteProblemProperty().isNotEmpty());
        warning.managedProperty().bind(warning.visibleProperty());

        Label countdown = new Label();
        countdown.setId("session-countdown");
        countdown.getStyleClass().add("countdown");
        countdown.textProperty().bind(model.countdownProperty());
        countdown.accessibleTextProperty().bind(Bindings.concat("Time left ", model.countdownProperty()));

        Label state = new Label();
        state.setId("session-state");
        state.getStyleClass().add("state");
        state.textProperty().bind(model.stateProperty());
        state.setWrapText(true);

        Label strictUntil = new Label();
        strictUntil.setId("session-strict-until");
        strictUntil.getStyleClass().add("hint");
        strictUntil.textProperty().bind(model.strictUntilProperty());
        strictUntil.visibleProperty().bind(model.strictUntilProperty().isNotEmpty());
        strictUntil.managedProperty().bind(strictUntil.visibleProperty());

        Button action = new Button();
        action.setId("session-action");
        action.textProperty().bind(model.actionProperty());
        action.accessibleTextProperty().bind(Bindings.concat(model.actionProperty(), " session (Ctrl+Enter)"));
        action.disableProperty().bind(model.availableProperty().not().or(model.strictRunningProperty()));
        action.setOnAction(e -> model.startOrStop());
        // Start is the accent button; Stop looks different (danger, outlined) so neither is hit by habit.
        Runnable style = () -> action.getStyleClass().setAll("button", model.isRunning() ? "danger" : "accent");
        style.run();
        model.runningProperty().addListener((o, old, on) -> style.run());

        Label message = Controls.errorLabel(model.messageProperty());
        message.setId("session-message");

        Label summary = new Label();
        summary.setId("session-summary");
        summary.setWrapText(true);
        summary.textProperty().bind(model.summaryProperty());
        summary.visibleProperty().bind(model.summaryProperty().isNotEmpty());
        summary.managedProperty().bind(summary.visibleProperty());

        Label hint = new Label("Ctrl+Enter starts or stops");
        hint.getStyleClass().add("hint");

        VBox clock = new VBox(10, countdown, state, strictUntil, action, hint, message, summary);
        clock.setAlignment(Pos.CENTER);
        clock.getStyleClass().add("card");
        VBox.setVgrow(clock, Priority.ALWAYS);
        // The countdown grows with the card: about a fifth of its width, a third of its height.
        countdown.styleProperty().bind(Bindings.createStringBinding(() -> "-fx-font-size: "
                + Math.round(Math.max(44, Math.min(200, Math.min(clock.getWidth() / 4.6, clock.getHeight() / 3.2)))) + "px;",
                clock.widthProperty(), clock.heightProperty()));

        VBox box = new VBox(14, form, strict, warning, clock, pomodoro(pomodoro));
        box.setPadding(new Insets(18));
        return box;
    }

    /** The Pomodoro switch and its lengths, folded away until opened. */
    private static TitledPane pomodoro(PomodoroViewModel model) {
        CheckBox on = new CheckBox("Run Pomodoro cycles (a completed session starts the next step)");
        on.setId("pomodoro-enabled");
        on.selectedProperty().bindBidirectional(model.enabledProperty());
        FlowPane lengths = new FlowPane(8, 8,
                new Label("Focus"), field(model.focusProperty(), "pomodoro-focus", "Pomodoro focus minutes"),
                new Label("Short break"), field(model.shortBreakProperty(), "pomodoro-short", "Short break minutes"),
                new Label("Long break"), field(model.longBreakProperty(), "pomodoro-long", "Long break minutes"),
                new Label("every"), field(model.everyProperty(), "pomodoro-every", "Long break after this many focus sessions"),
                new Label("sessions"));
        lengths.setAlignment(Pos.CENTER_LEFT);
        Button save = new Button("Save Pomodoro settings");
        save.setId("pomodoro-save");
        save.setOnAction(e -> model.save());
        Label message = new Label();
        message.setId("pomodoro-message");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        VBox content = new VBox(8, on, lengths, save, message);
        TitledPane pane = new TitledPane("Pomodoro", content);
        pane.setId("pomodoro");
        pane.setExpanded(false);
        pane.setAnimated(false);
        return pane;
    }

    private static TextField field(javafx.beans.property.StringProperty value, String id, String accessible) {
        TextField field = new TextField();
        field.setId(id);
        field.setPrefColumnCount(3);
        field.textProperty().bindBidirectional(value);
        field.setAccessibleText(accessible);
        return field;
    }
}
