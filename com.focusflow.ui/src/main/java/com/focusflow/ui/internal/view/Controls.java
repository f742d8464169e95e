package com.focusflow.ui.internal.view;

import javafx.beans.value.ObservableStringValue;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

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

    /**
     * Alt+{@code key} fires {@code control} (and focuses it) while it is showing and enabled. For check boxes
     * and toggle buttons JavaFX's own mnemonic only fires an ActionEvent, which does not switch them, so
     * these get a scene accelerator instead (their text carries no underscore).
     */
    static void altShortcut(ButtonBase control, KeyCode key) {
        KeyCombination combination = new KeyCodeCombination(key, KeyCombination.ALT_DOWN);
        control.sceneProperty().addListener((o, old, scene) -> {
            if (old != null) {
                old.getAccelerators().remove(combination);
            }
            if (scene != null) {
                scene.getAccelerators().put(combination, () -> {
                    if (showing(control) && !control.isDisabled()) {
                        if (control.isFocusTraversable()) {
                            control.requestFocus();
                        }
                        control.fire();
                    }
                });
            }
        });
    }

    /** Whether the node and all its parents are visible (e.g. its tab is the selected one). */
    static boolean showing(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }

    /** A bold section heading. */
    static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("heading");
        return label;
    }
}
