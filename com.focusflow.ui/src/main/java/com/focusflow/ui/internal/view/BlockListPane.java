package com.focusflow.ui.internal.view;

import com.focusflow.api.blocking.ItemType;
import com.focusflow.ui.internal.model.BlockListViewModel;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The block-list tab: add (with the service's message inline), remove (the row's button with the mouse,
 * Delete on the list with the keyboard: the list is one Tab stop), blocking on/off, and one line per
 * blocker with a "Fix…" dialog. During a strict session removing and turning off are disabled and the
 * tab says why.
 */
final class BlockListPane {
    private BlockListPane() {
    }

    static VBox create(BlockListViewModel model) {
        CheckBox enabled = new CheckBox("Blocking on during focus sessions  Alt+O");
        enabled.setId("block-enabled");
        enabled.setMnemonicParsing(false);
        Controls.altShortcut(enabled, KeyCode.O);
        enabled.selectedProperty().bindBidirectional(model.enabledProperty());
        // During a strict session blocking may be turned on, not off.
        enabled.disableProperty().bind(model.lockedProperty().and(model.enabledProperty()));
        Label status = new Label();
        status.setId("block-status");
        status.textProperty().bind(model.statusProperty());
        status.setWrapText(true);

        Label locked = new Label();
        locked.setId("block-locked");
        locked.setWrapText(true);
        locked.getStyleClass().add("warning-text");
        locked.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> model.lockedProperty().get()
                ? "Strict session until " + model.lockedUntilProperty().get()
                        + ": you can add to the block list, but not remove items or turn blocking off."
                : "", model.lockedProperty(), model.lockedUntilProperty()));
        locked.visibleProperty().bind(model.lockedProperty());
        locked.managedProperty().bind(locked.visibleProperty());

        ComboBox<ItemType> type = new ComboBox<>();
        type.setId("block-type");
        type.getItems().setAll(ItemType.WEBSITE, ItemType.APP);
        type.valueProperty().bindBidirectional(model.newTypeProperty());
        type.setAccessibleText("Kind of item to block");
        TextField value = new TextField();
        value.setId("block-value");
        value.setPromptText("youtube.com or discord");
        value.textProperty().bindBidirectional(model.newValueProperty());
        value.setAccessibleText("Website or app to block");
        // Enter adds; not onAction, which Alt+B (the label's mnemonic) fires too: focusing the empty field
        // must not "add" nothing and show "website is required".
        value.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                model.add();
                e.consume();
            }
        });
        HBox.setHgrow(value, Priority.ALWAYS);
        value.setMinWidth(140);
        Button add = new Button("_Add");
        add.setId("block-add");
        add.setMnemonicParsing(true);
        add.setAccessibleText("Add to the block list");
        add.setOnAction(e -> model.add());
        HBox field = new HBox(8, value, add);
        HBox.setHgrow(field, Priority.ALWAYS);
        FlowPane addRow = new FlowPane(8, 8, Controls.label("_Block", value), type, field);
        addRow.setAlignment(Pos.CENTER_LEFT);
        field.prefWidthProperty().bind(addRow.widthProperty().subtract(220));
        Label error = Controls.errorLabel(model.errorProperty());
        error.setId("block-error");
        Label note = new Label();
        note.setId("block-note");
        note.setWrapText(true);
        note.getStyleClass().add("hint");
        note.textProperty().bind(model.noteProperty());
        note.visibleProperty().bind(model.noteProperty().isNotEmpty().and(model.errorProperty().isEmpty()));
        note.managedProperty().bind(note.visibleProperty());

        ListView<BlockListViewModel.Row> items = new ListView<>(model.items());
        items.setId("block-items");
        items.setAccessibleText("Blocked websites and apps; Delete removes the selected one");
        items.setPlaceholder(new Label("Nothing is blocked yet"));
        items.setCellFactory(list -> new RowCell(model));
        items.setPrefHeight(220);
        items.setMinHeight(120);
        VBox.setVgrow(items, Priority.ALWAYS);
        items.setOnKeyPressed(e -> { // the keyboard's way to the row's Remove button
            BlockListViewModel.Row selected = items.getSelectionModel().getSelectedItem();
            if ((e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) && selected != null) {
                model.remove(selected);
            }
        });

        VBox health = new VBox(4);
        health.setId("block-health");
        health.setAccessibleText("Health of each blocker");
        model.health().addListener((ListChangeListener<BlockListViewModel.HealthLine>) change -> health.getChildren()
                .setAll(model.health().stream().map(line -> {
                    Label label = new Label(line.line());
                    label.setId("health-" + line.blocker());
                    label.getStyleClass().add(line.ok() ? "ok" : "error");
                    if (line.ok()) {
                        return label;
                    }
                    Button fix = new Button("Fix…");
                    fix.setId("health-fix-" + line.blocker());
                    fix.setOnAction(e -> HealthDialog.show(fix.getScene().getWindow(), model.health()));
                    HBox row = new HBox(10, label, fix);
                    row.setAlignment(Pos.CENTER_LEFT);
                    return row;
                }).toList()));

        VBox content = new VBox(10, enabled, status, locked, addRow, error, note, items, Controls.heading("Blockers"), health);
        VBox.setVgrow(items, Priority.ALWAYS);
        content.disableProperty().bind(model.availableProperty().not());
        VBox box = new VBox(10, content);
        VBox.setVgrow(content, Priority.ALWAYS);
        box.setPadding(new Insets(18));
        return box;
    }

    /**
     * A row: the value, its kind and the variants it blocks, and right beside it a Remove button for the
     * mouse (not a Tab stop of its own: Delete removes the selected row), disabled during a strict session.
     */
    private static final class RowCell extends ListCell<BlockListViewModel.Row> {
        private final BlockListViewModel model;

        RowCell(BlockListViewModel model) {
            this.model = model;
        }

        @Override
        protected void updateItem(BlockListViewModel.Row row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            Label text = new Label(row.value() + "  (" + row.type().value() + ")");
            text.setId("block-item-" + row.value());
            Label variants = new Label(row.variants());
            variants.getStyleClass().add("hint");
            Button remove = new Button("Remove");
            remove.setId("block-remove-" + row.value());
            remove.setAccessibleText(row.removeText());
            remove.setFocusTraversable(false);
            remove.getStyleClass().add("small");
            remove.disableProperty().bind(model.lockedProperty());
            remove.setOnAction(e -> model.remove(row));
            HBox line = new HBox(12, text, variants, remove);
            line.setAlignment(Pos.CENTER_LEFT);
            setGraphic(line);
        }
    }
}
