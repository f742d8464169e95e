package com.focusflow.ui.internal.view;

import com.focusflow.api.notify.Notification;
import com.focusflow.ui.internal.model.BlockListViewModel;
import com.focusflow.ui.internal.model.PomodoroViewModel;
import com.focusflow.ui.internal.model.SessionViewModel;
import com.focusflow.ui.internal.model.StartAtLoginViewModel;
import com.focusflow.ui.internal.model.TodayViewModel;
import java.net.URL;
import java.util.HashMap;
import java.util.List;
import com.focusflow.ui.internal.schedule.SchedulesPane;
import com.focusflow.ui.internal.schedule.SchedulesViewModel;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.animation.PauseTransition;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.image.Image;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import javafx.util.Duration;

/**
 * FocusFlow's window: three tabs (Session, Block list, Today), each scrolling when the window is small,
 * a dark-mode toggle, in-app toasts, Ctrl+Enter to start or stop and Ctrl+Tab between tabs from
 * anywhere. Its title carries the time left. Created, shown and closed on the FX thread only.
 */
public final class MainWindow {
    /** The window title when no session runs; while one runs it ends with " — FocusFlow". */
    public static final String TITLE = "FocusFlow";
    /** The smallest size at which everything is usable without scrolling sideways. */
    public static final double MIN_WIDTH = 520;
    public static final double MIN_HEIGHT = 480;
    private static final Duration TOAST_TIME = Duration.seconds(6);

    /** Where and how big the window was, and its theme; what {@link #open} starts from and reports back. */
    public record Geometry(double x, double y, double width, double height, boolean dark) {
        /** Whether a position was remembered (else the window manager places the window). */
        public boolean placed() {
            return !Double.isNaN(x) && !Double.isNaN(y);
        }
    }

    private final Stage stage;
    private final VBox toasts = new VBox(8);
    private BorderPane content;
    private final Map<String, VBox> toastsByKey = new HashMap<>();
    private final ToggleButton darkMode;

    private MainWindow(Stage stage, ToggleButton darkMode) {
        this.stage = stage;
        this.darkMode = darkMode;
    }

    /**
     * Builds and shows the window.
     *
     * @param onCloseRequest decides what closing it means (hide or quit)
     * @param onGeometry told the window's geometry and theme after the user moved, resized or switched it
     */
    public static MainWindow open(SessionViewModel session, BlockListViewModel blocks, TodayViewModel today,
            PomodoroViewModel pomodoro, SchedulesViewModel schedules, StartAtLoginViewModel startAtLogin, Theme theme,
            Geometry geometry, List<URL> icons, Runnable onCloseRequest, Consumer<Geometry> onGeometry) {
        TabPane tabs = new TabPane(
                tab("Session", () -> SessionPane.create(session, blocks, pomodoro)),
                tab("Block list", () -> BlockListPane.create(blocks)),
                tab("Today", () -> TodayPane.create(today)),
                tab("Schedules", () -> new StackPane(SchedulesPane.create(schedules))));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);

        ToggleButton darkMode = new ToggleButton("Dark");
        darkMode.setId("theme-dark");
        darkMode.setMnemonicParsing(false);
        darkMode.setTooltip(new javafx.scene.control.Tooltip("Dark theme (Alt+D)"));
        Controls.altShortcut(darkMode, KeyCode.D);
        darkMode.setAccessibleText("Dark theme");
        darkMode.setSelected(geometry.dark());
        darkMode.setFocusTraversable(false); // Alt+D switches it; Space on a Tab stop must not by accident
        Label title = new Label(TITLE);
        title.getStyleClass().add("title-3");
        // The running session on every tab: the countdown next to the title.
        Label running = new Label();
        running.setId("header-session");
        running.getStyleClass().add("header-session");
        running.textProperty().bind(session.countdownProperty().concat(" left"));
        running.visibleProperty().bind(session.runningProperty());
        running.managedProperty().bind(running.visibleProperty());
        Label scheduleLine = new Label(); // "Blocked until 12:00 (Deep work)" or the next window, above every tab
        scheduleLine.setId("schedule-line");
        scheduleLine.textProperty().bind(schedules.statusProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        CheckBox loginStart = startAtLogin(startAtLogin);
        HBox header = new HBox(12, title, running, scheduleLine, spacer, loginStart, darkMode);
        header.setAlignment(Pos.CENTER_LEFT);
        header.setPadding(new Insets(10, 18, 0, 18));

        BorderPane content = new BorderPane(tabs);
        content.setTop(header);
        content.getStyleClass().add("focusflow");
        session.runningProperty().addListener((o, old, on) -> {
            if (on) {
                content.getStyleClass().add("running");
            } else {
                content.getStyleClass().remove("running");
            }
        });

        Stage stage = new Stage();
        MainWindow window = new MainWindow(stage, darkMode);
        window.content = content;
        window.toasts.setAlignment(Pos.BOTTOM_RIGHT);
        window.toasts.setPickOnBounds(false);
        window.toasts.setPadding(new Insets(18));
        StackPane root = new StackPane(content, window.toasts);

        Scene scene = new Scene(root);
        theme.apply(scene, geometry.dark());
        darkMode.selectedProperty().addListener((o, old, on) -> {
            theme.apply(scene, on);
            onGeometry.accept(window.geometry());
        });
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN),
                session::startOrStop);
        // Ctrl+Tab / Ctrl+Shift+Tab switch tabs wherever the focus is (a text field or list keeps Tab).
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.TAB && e.isShortcutDown()) {
                int count = tabs.getTabs().size();
                int step = e.isShiftDown() ? count - 1 : 1;
                tabs.getSelectionModel().select((tabs.getSelectionModel().getSelectedIndex() + step) % count);
                tabs.getSelectionModel().getSelectedItem().getContent().requestFocus();
                e.consume();
            }
        });
        startAtLogin.messageProperty().addListener((o, old, text) -> {
            if (!text.isEmpty()) {
                window.toast("start-at-login", Notification.info("start-at-login", "Start at login", text));
            }
        });
        session.setStopConfirmation(question -> window.confirm("Stop the session?", question, "Stop session"));

        stage.titleProperty().bind(session.titleProperty());
        for (URL icon : icons) {
            stage.getIcons().add(new Image(icon.toExternalForm()));
        }
        stage.setScene(scene);
        stage.setMinWidth(MIN_WIDTH);
        stage.setMinHeight(MIN_HEIGHT);
        stage.setWidth(Math.max(MIN_WIDTH, geometry.width()));
        stage.setHeight(Math.max(MIN_HEIGHT, geometry.height()));
        if (geometry.placed()) {
            stage.setX(geometry.x());
            stage.setY(geometry.y());
        }
        // JavaFX 21 on GTK under a window manager maps the window at 200x200 and ignores the size set
        // before show() (JDK-8316423, fixed in JavaFX 22, which needs a newer JDK than FocusFlow's 17):
        // setting the size again once shown makes it stick.
        stage.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> {
            double w = stage.getWidth();
            double h = stage.getHeight();
            stage.setWidth(w + 1);
            stage.setHeight(h + 1);
            stage.setWidth(w);
            stage.setHeight(h);
        });
        PauseTransition settle = new PauseTransition(Duration.seconds(1));
        settle.setOnFinished(e -> onGeometry.accept(window.geometry()));
        for (var property : List.of(stage.xProperty(), stage.yProperty(), stage.widthProperty(), stage.heightProperty())) {
            property.addListener((o, old, value) -> {
                if (stage.isShowing() && !stage.isIconified() && !stage.isMaximized()) {
                    settle.playFromStart();
                }
            });
        }
        stage.setOnCloseRequest(e -> {
            e.consume();
            onCloseRequest.run();
        });
        stage.show();
        return window;
    }

    /**
     * "Start at login", beside the theme: bound to the start-at-login configuration (the component behind it
     * writes or removes the autostart entry), so it also shows a change made in the console or a .cfg file.
     * Like Dark it is no Tab stop (Space on a Tab stop must not change it by accident): Alt+N switches it.
     */
    private static CheckBox startAtLogin(StartAtLoginViewModel model) {
        CheckBox box = new CheckBox("Start at login");
        box.setId("start-at-login");
        box.setMnemonicParsing(false);
        box.selectedProperty().bindBidirectional(model.enabledProperty());
        box.disableProperty().bind(model.availableProperty().not());
        box.setTooltip(new javafx.scene.control.Tooltip("Start FocusFlow hidden when you log in (Alt+N)"));
        box.setAccessibleText("Start FocusFlow at login");
        box.setFocusTraversable(false);
        Controls.altShortcut(box, KeyCode.N);
        return box;
    }

    /**
     * A tab whose content scrolls vertically when the window is smaller than it. The content is built when the tab
     * is first selected: the first frame then waits only for the selected tab's controls and skins, not for every
     * tab's (the panes only bind to view models that exist anyway, and a hidden tab's shortcuts do nothing).
     */
    private static Tab tab(String text, Supplier<Region> content) {
        Tab tab = new Tab(text);
        tab.setId("tab-" + text.replace(' ', '-').toLowerCase(Locale.ROOT));
        tab.selectedProperty().addListener((o, was, selected) -> {
            if (selected && tab.getContent() == null) {
                ScrollPane scroll = new ScrollPane(content.get());
                scroll.setFitToWidth(true);
                scroll.setFitToHeight(true);
                scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
                scroll.getStyleClass().add("edge-to-edge");
                scroll.setFocusTraversable(false);
                tab.setContent(scroll);
            }
        });
        return tab;
    }

    /** Puts {@code line} under the tabs (the sync folder's status line). */
    public void footer(javafx.scene.Node line) {
        content.setBottom(line);
    }

    /** The window's current geometry and theme. */
    public Geometry geometry() {
        return new Geometry(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), darkMode.isSelected());
    }

    /** Asks a yes/no question in a dialog over the window; true when the user chose {@code yes}. */
    boolean confirm(String header, String question, String yes) {
        ButtonType confirm = new ButtonType(yes, ButtonBar.ButtonData.OK_DONE);
        ButtonType keep = new ButtonType("Keep going", ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, question, keep, confirm);
        alert.initOwner(stage);
        alert.setTitle(TITLE);
        alert.setHeaderText(header);
        // The safe choice is the default: Enter keeps the session going.
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(keep)).setDefaultButton(true);
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(confirm)).setDefaultButton(false);
        return alert.showAndWait().filter(confirm::equals).isPresent();
    }

    /** Brings the window back and to the front (tray "Open FocusFlow", a second launch). */
    public void show() {
        stage.show();
        stage.setIconified(false);
        stage.toFront();
        stage.requestFocus();
    }

    /** Hides the window; FocusFlow keeps running. */
    public void hide() {
        stage.hide();
    }

    /** Whether the user sees the window now: showing, not minimised, focused. */
    public boolean inFront() {
        return stage.isShowing() && !stage.isIconified() && stage.isFocused();
    }

    /** Closes the window for good (the component is going away). */
    public void close() {
        stage.close();
    }

    /** Shows a notification inside the window for a few seconds, replacing the toast with the same key. */
    public void toast(String key, Notification notification) {
        VBox previous = toastsByKey.remove(key);
        if (previous != null) {
            toasts.getChildren().remove(previous);
        }
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
        toastsByKey.put(key, toast);
        PauseTransition expiry = new PauseTransition(TOAST_TIME);
        expiry.setOnFinished(e -> {
            toasts.getChildren().remove(toast);
            toastsByKey.remove(key, toast);
        });
        expiry.play();
    }
}
