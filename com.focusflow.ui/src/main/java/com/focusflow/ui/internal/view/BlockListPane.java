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
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The block-list tab: add (with the service's message inline), remove, blocking on/off, blockers' health. */
final class BlockListPane {
    private BlockListPane() {
    }

    static VBox create(BlockListViewModel model) {
        CheckBox enabled = new CheckBox("Blocking _on during focus sessions");
        enabled.setMnemonicParsing(true);
        enabled.selectedProperty().bindBidirectional(model.enabledProperty());
        Label status = new Label();
        status.setId("block-status");
        status.textProperty().bind(model.statusProperty());
        status.setWrapText(true);

        ComboBox<ItemType> type = new ComboBox<>();
        type.getItems().setAll(ItemType.WEBSITE, ItemType.APP);
        type.valueProperty().bindBidirectional(model.newTypeProperty());
        type.setAccessibleText("Kind of item to block");
        TextField value = new TextField();
        value.setId("block-value");
        value.setPromptText("youtube.com or discord");
        value.textProperty().bindBidirectional(model.newValueProperty());
        value.setAccessibleText("Website or app to block");
        value.setOnAction(e -> model.add());
        HBox.setHgrow(value, Priority.ALWAYS);
        Button add = new Button("_Add");
        add.setId("block-add");
        add.setMnemonicParsing(true);
        add.setAccessibleText("Add to the block list");
        add.setOnAction(e -> model.add());
        HBox addRow = new HBox(8, Controls.label("_Block", value), type, value, add);
        addRow.setAlignment(Pos.CENTER_LEFT);
        Label error = Controls.errorLabel(model.errorProperty());
        error.setId("block-error");

        ListView<BlockListViewModel.Row> items = new ListView<>(model.items());
        items.setAccessibleText("Blocked websites and apps; Delete removes the selected one");
        items.setPlaceholder(new Label("Nothing is blocked yet"));
        items.setCellFactory(list -> new RowCell(model));
        items.setPrefHeight(220);
        items.setOnKeyPressed(e -> { // the keyboard's way to the row's Remove button
            BlockListViewModel.Row selected = items.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.DELETE && selected != null) {
                model.remove(selected);
            }
        });

        VBox health = new VBox(4);
        health.setAccessibleText("Health of each blocker");
        model.health().addListener((ListChangeListener<String>) change -> health.getChildren().setAll(
                model.health().stream().map(line -> {
                    Label label = new Label(line);
                    label.setWrapText(true);
                    label.getStyleClass().add(line.endsWith(" works") ? "ok" : "error");
                    return label;
                }).toList()));

        VBox content = new VBox(10, enabled, status, addRow, error, items, Controls.heading("Blockers"), health);
        content.disableProperty().bind(model.availableProperty().not());
        VBox box = new VBox(10, content);
        box.setPadding(new Insets(18));
        return box;
    }

    /** A row: the value, its kind, and a Remove button a screen reader names with the value. */
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
            Button remove = new Button("Remove");
            remove.setId("block-remove-" + row.value());
            remove.setAccessibleText(row.removeText());
            remove.setOnAction(e -> model.remove(row));
            BorderPane line = new BorderPane();
            line.setLeft(text);
            line.setRight(remove);
            BorderPane.setAlignment(text, Pos.CENTER_LEFT);
            setGraphic(line);
        }
    }
}
