package com.focusflow.ui.internal.view;

import com.focusflow.api.notify.Notification;
import com.focusflow.ui.internal.model.BlockListViewModel;
import com.focusflow.ui.internal.model.SessionViewModel;
import com.focusflow.ui.internal.model.TodayViewModel;
import com.focusflow.ui.internal.schedule.SchedulesPane;
import com.focusflow.ui.internal.schedule.SchedulesViewModel;
import java.util.Locale;
import javafx.animation.KeyFrame;
import javafx.animation.PauseTransition;
import javafx.animation.Timeline;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * FocusFlow's window: three tabs (Session, Block list, Today), a dark-mode toggle, in-app toasts, and
 * Ctrl+Enter to start or stop. Created, shown and closed on the FX thread only.
 */
public final class MainWindow {
    /** The window title; the end-to-end test finds the window by it. */
    public static final String TITLE = "FocusFlow";
    private static final Duration TOAST_TIME = Duration.seconds(6);

    private final Stage stage;
    private final Timeline ticker;
    private final VBox toasts = new VBox(8);

    private MainWindow(Stage stage, Timeline ticker) {
        this.stage = stage;
        this.ticker = ticker;
    }

    /** Builds and shows the window; {@code onCloseRequest} decides what closing it means (hide or quit). */
    public static MainWindow open(SessionViewModel session, BlockListViewModel blocks, TodayViewModel today,
            SchedulesViewModel schedules, Theme theme, boolean dark, Runnable onCloseRequest) {
        TabPane tabs = new TabPane(
                tab("Session", SessionPane.create(session)),
                tab("Block list", BlockListPane.create(blocks)),
                tab("Today", TodayPane.create(today)),
                tab("Schedules", SchedulesPane.create(schedules)));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);

        ToggleButton darkMode = new ToggleButton("_Dark");
        darkMode.setId("theme-dark");
        darkMode.setMnemonicParsing(true);
        darkMode.setAccessibleText("Dark theme");
        darkMode.setSelected(dark);
        Label title = new Label(TITLE);
        title.getStyleClass().add("title-3");
        BorderPane header = new BorderPane();
        header.setLeft(title);
        header.setRight(darkMode);
        Label scheduleLine = new Label(); // "Blocked until 12:00 (Deep work)" or the next window, above every tab
        scheduleLine.setId("schedule-line");
        scheduleLine.textProperty().bind(schedules.statusProperty());
        header.setCenter(scheduleLine);
        header.setPadding(new Insets(10, 18, 0, 18));

        BorderPane content = new BorderPane(tabs);
        content.setTop(header);
        content.getStyleClass().add("focusflow");
        session.runningProperty().addListener((o, old, running) -> {
            if (running) {
                content.getStyleClass().add("running");
            } else {
                content.getStyleClass().remove("running");
            }
        });

        Stage stage = new Stage();
        Timeline ticker = new Timeline(new KeyFrame(Duration.seconds(1), e -> session.tick()));
        ticker.setCycleCount(Timeline.INDEFINITE);
        MainWindow window = new MainWindow(stage, ticker);
        window.toasts.setAlignment(Pos.BOTTOM_RIGHT);
        window.toasts.setPickOnBounds(false);
        window.toasts.setPadding(new Insets(18));
        StackPane root = new StackPane(content, window.toasts);

        Scene scene = new Scene(root, 760, 620);
        theme.apply(scene, dark);
        darkMode.selectedProperty().addListener((o, old, on) -> theme.apply(scene, on));
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN),
                session::startOrStop);

        stage.setTitle(TITLE);
        stage.setScene(scene);
        stage.setOnCloseRequest(e -> {
            e.consume();
            onCloseRequest.run();
        });
        stage.show();
        ticker.play();
        return window;
    }

    /** A tab; Ctrl+Tab moves between tabs. */
    private static Tab tab(String text, Node content) {
        Tab tab = new Tab(text, content);
        tab.setId("tab-" + text.replace(' ', '-').toLowerCase(Locale.ROOT));
        return tab;
    }

    /** Brings the window back (tray "Open FocusFlow"). */
    public void show() {
        stage.show();
        stage.setIconified(false);
        stage.toFront();
    }

    /** Hides the window; FocusFlow keeps running. */
    public void hide() {
        stage.hide();
    }

    /** Closes the window for good (the component is going away). */
    public void close() {
        ticker.stop();
        stage.close();
    }

    /** Shows a notification inside the window for a few seconds (when there is no tray). */
    public void toast(Notification notification) {
        Label title = new Label(notification.title());
        title.setId("toast-title");
        title.getStyleClass().add("heading");
        Label text = new Label(notification.message());
        text.setId("toast-message");
        text.setWrapText(true);
        VBox toast = new VBox(4, title, text);
        toast.getStyleClass().add("toast");
        if (notification.level() == Notification.Level.WARNING) {
            toast.getStyleClass().add("warning");
        }
        toast.setAccessibleText(notification.title() + ": " + notification.message());
        toasts.getChildren().add(toast);
        PauseTransition expiry = new PauseTransition(TOAST_TIME);
        expiry.setOnFinished(e -> toasts.getChildren().remove(toast));
        expiry.play();
    }
}
