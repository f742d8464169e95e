package com.focusflow.ui.internal.view;

import javafx.beans.value.ObservableStringValue;
import javafx.scene.Node;
import javafx.scene.control.Label;

/** Small builders shared by the panes. */
final class Controls {
    private Controls() {
    }

    /** A label with a mnemonic (Alt+letter) that focuses {@code target} and names it for screen readers. */
    static Label label(String text, Node target) {
        Label label = new Label(text);
        label.setMnemonicParsing(true);
        label.setLabelFor(target);
        return label;
    }

    /** A label for an inline error; hidden while the text is empty. */
    static Label errorLabel(ObservableStringValue text) {
        Label label = new Label();
        label.getStyleClass().add("error");
        label.setWrapText(true);
        label.textProperty().bind(text);
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }

    /** A bold section heading. */
    static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("heading");
        return label;
    }
}
