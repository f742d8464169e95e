package com.focusflow.ui.internal.view;

import com.focusflow.ui.internal.model.BlockListViewModel;
import java.util.List;
import java.util.stream.Collectors;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** "Fix…": every blocker that needs attention with its full steps, selectable, and a Copy button. */
final class HealthDialog {
    private HealthDialog() {
    }

    static void show(Window owner, List<BlockListViewModel.HealthLine> health) {
        String steps = text(health);
        TextArea text = new TextArea(steps);
        text.setId("fix-steps");
        text.setEditable(false);
        text.setWrapText(true);
        text.setPrefRowCount(10);
        text.setPrefColumnCount(60);
        Button copy = new Button("_Copy");
        copy.setId("fix-copy");
        copy.setMnemonicParsing(true);
        copy.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(steps);
            Clipboard.getSystemClipboard().setContent(content);
            copy.setText("Copied");
        });
        Alert alert = new Alert(Alert.AlertType.INFORMATION, null, ButtonType.CLOSE);
        alert.initOwner(owner);
        alert.setTitle("FocusFlow");
        alert.setHeaderText("How to make blocking work");
        alert.getDialogPane().setContent(new VBox(10, text, copy));
        alert.setResizable(true);
        alert.show();
    }

    /** The steps for every blocker that is not working, one paragraph each. */
    static String text(List<BlockListViewModel.HealthLine> health) {
        String steps = health.stream().filter(h -> !h.ok())
                .map(h -> h.line() + "\n" + h.details())
                .collect(Collectors.joining("\n\n"));
        return steps.isEmpty() ? "Every blocker works." : steps;
    }
}
