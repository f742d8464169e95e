package com.focusflow.ui.internal.view;

import com.focusflow.api.session.SessionType;
import com.focusflow.ui.internal.model.SessionViewModel;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The session tab: type, planned minutes (presets and free entry), strict, Start/Stop, countdown, state. */
final class SessionPane {
    private SessionPane() {
    }

    static VBox create(SessionViewModel model) {
        ComboBox<SessionType> type = new ComboBox<>();
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
        for (int preset : SessionViewModel.PRESETS) {
            ToggleButton button = new ToggleButton(Integer.toString(preset));
            button.setToggleGroup(group);
            button.setAccessibleText(preset + " minutes");
            button.setSelected(Integer.toString(preset).equals(model.minutesProperty().get()));
            button.setOnAction(e -> model.minutesProperty().set(Integer.toString(preset)));
            presets.getChildren().add(button);
        }
        model.minutesProperty().addListener((o, old, text) -> group.getToggles().forEach(
                t -> t.setSelected(((ToggleButton) t).getText().equals(text.strip()))));

        CheckBox strict = new CheckBox("_Strict (no stopping before the end)");
        strict.setMnemonicParsing(true);
        strict.selectedProperty().bindBidirectional(model.strictProperty());

        HBox form = new HBox(10, typeLabel, type, minutesLabel, minutes, presets);
        form.setAlignment(Pos.CENTER_LEFT);
        form.disableProperty().bind(model.runningProperty().or(model.availableProperty().not()));
        strict.disableProperty().bind(form.disableProperty());

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

        Button action = new Button();
        action.setId("session-action");
        action.getStyleClass().add("accent");
        action.setDefaultButton(false);
        action.textProperty().bind(model.actionProperty());
        action.accessibleTextProperty().bind(Bindings.concat(model.actionProperty(), " session (Ctrl+Enter)"));
        action.disableProperty().bind(model.availableProperty().not());
        action.setOnAction(e -> model.startOrStop());

        Label message = Controls.errorLabel(model.messageProperty());
        message.setId("session-message");

        Label hint = new Label("Ctrl+Enter starts or stops");
        hint.getStyleClass().add("hint");

        VBox clock = new VBox(10, countdown, state, action, hint, message);
        clock.setAlignment(Pos.CENTER);
        clock.getStyleClass().add("card");
        VBox box = new VBox(14, form, strict, clock);
        box.setPadding(new Insets(18));
        return box;
    }
}
