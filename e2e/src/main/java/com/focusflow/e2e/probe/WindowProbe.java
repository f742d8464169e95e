package com.focusflow.e2e.probe;

import com.focusflow.api.FocusFlowException;
import com.focusflow.api.http.ApiResource;
import com.focusflow.api.http.ApiResponse;
import com.focusflow.api.http.ApiRoute;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Labeled;
import javafx.scene.control.TabPane;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/**
 * Looks into FocusFlow's window from inside the app, for the end-to-end test, over the authenticated API
 * ({@code /focusflow/api/v1/uiprobe}):
 * <ul>
 * <li>{@code GET} the text of every labelled node with an id in the FocusFlow window (of other nodes with an id,
 * their accessible text);</li>
 * <li>{@code POST /key/ctrl-enter} presses Ctrl+Enter in the window (a key event through the scene, so the
 * window's own accelerator handles it, as it does a real key press);</li>
 * <li>{@code POST /tab?id=tab-today} selects a tab; {@code POST /screenshot?name=x} renders the window
 * into {@code <data dir>/probe/x.png};</li>
 * <li>{@code POST /fill?id=..&text=..} types into a text field, {@code POST /fire?id=..} presses a button;</li>
 * <li>{@code POST /bundle/stop?bsn=..} and {@code /bundle/start} stop and start a bundle, {@code GET /bundle?bsn=..}
 * tells when it was last installed or updated;</li>
 * <li>{@code GET /bounds?id=..} a node's bounds on screen (for real mouse clicks), {@code GET /selected?id=..}
 * whether a check box or toggle is selected and the node visible, {@code POST /focus-diff} the focus owner
 * and how many pixels of its area changed since the previous call (the focus ring), {@code POST /show} runs
 * the launcher's "show" actions as a second launch would.</li>
 * </ul>
 */
@Component(property = ApiResource.PATH + "=/uiprobe")
public final class WindowProbe implements ApiResource {
    private static final String TITLE = "FocusFlow";
    private static final Pattern NAME = Pattern.compile("[a-z0-9-]{1,40}");

    private final BundleContext context;
    private final Path shots;

    @Activate
    public WindowProbe(BundleContext context) {
        this.context = context;
        shots = Path.of(context.getProperty("focusflow.home"), "probe");
    }

    @Override
    public List<ApiRoute> routes() {
        return List.of(
                ApiRoute.get("", request -> ApiResponse.ok(onFx(this::texts))),
                ApiRoute.get("/bundle", request -> ApiResponse.ok(
                        Map.of("lastModified", bundleNamed(request.query("bsn").orElse("")).getLastModified()))),
                ApiRoute.post("/key/ctrl-enter", request -> ApiResponse.ok(onFx(this::pressCtrlEnter))),
                ApiRoute.post("/tab", request -> ApiResponse.ok(onFx(() -> selectTab(request.query("id").orElse(""))))),
                ApiRoute.post("/screenshot", request -> ApiResponse.ok(screenshot(request.query("name").orElse("")))),
                ApiRoute.post("/fill", request -> ApiResponse.ok(
                        onFx(() -> fill(request.query("id").orElse(""), request.query("text").orElse(""))))),
                ApiRoute.post("/fire", request -> ApiResponse.ok(onFx(() -> fire(request.query("id").orElse(""))))),
                ApiRoute.post("/bundle/{action}", request -> ApiResponse.ok(
                        bundle(request.pathParameter("action"), request.query("bsn").orElse("")))),
                ApiRoute.get("/bounds", request -> ApiResponse.ok(onFx(() -> bounds(request.query("id").orElse(""))))),
                ApiRoute.post("/focus-diff", request -> ApiResponse.ok(focusDiff())),
                ApiRoute.get("/selected", request -> ApiResponse.ok(onFx(() -> selected(request.query("id").orElse(""))))),
                ApiRoute.post("/show", request -> ApiResponse.ok(launcherShow())));
    }

    private Map<String, Object> texts() {
        Map<String, Object> result = new LinkedHashMap<>();
        Stage stage = window();
        result.put("showing", stage != null && stage.isShowing());
        result.put("title", stage == null ? "" : stage.getTitle());
        result.put("focused", stage != null && stage.isFocused());
        result.put("iconified", stage != null && stage.isIconified());
        result.put("windows", Window.getWindows().stream()
                .filter(w -> w instanceof Stage s && isFocusFlow(s) && s.isShowing()).count());
        Node owner = stage == null ? null : stage.getScene().getFocusOwner();
        result.put("focus", owner == null ? "" : describe(owner));
        Map<String, String> texts = new LinkedHashMap<>();
        if (stage != null) {
            collect(stage.getScene().getRoot(), texts);
        }
        result.put("texts", texts);
        result.put("fxThread", Thread.currentThread().getId()); // the same id all along: the toolkit was never restarted
        // AWT's X toolkit runs (its event thread exists) only if something started it, e.g. the tray
        result.put("awtXToolkit", Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.getName().equals("AWT-XAWT")));
        return result;
    }

    private static void collect(Node root, Map<String, String> texts) {
        Map<String, Node> nodes = new LinkedHashMap<>();
        index(root, nodes);
        nodes.forEach((id, node) -> {
            if (node instanceof Labeled labeled) {
                texts.put(id, labeled.getText());
            } else if (node instanceof TextInputControl input) {
                texts.put(id, input.getText());
            } else if (node.getAccessibleText() != null) {
                texts.put(id, node.getAccessibleText()); // e.g. a schedule's bar in the week view: its name
            }
        });
    }

    private Map<String, Object> fill(String id, String text) {
        ((TextInputControl) find(id)).setText(text);
        return Map.of("filled", id);
    }

    private Map<String, Object> fire(String id) {
        ((ButtonBase) find(id)).fire();
        return Map.of("fired", id);
    }

    private Bundle bundleNamed(String bsn) {
        return Arrays.stream(context.getBundles()).filter(b -> b.getSymbolicName().equals(bsn)).findFirst()
                .orElseThrow(() -> FocusFlowException.notFound("no bundle %s", bsn));
    }

    private Map<String, Object> bundle(String action, String bsn) {
        Bundle bundle = bundleNamed(bsn);
        try {
            if ("stop".equals(action)) {
                bundle.stop();
            } else if ("start".equals(action)) {
                bundle.start();
            } else {
                throw FocusFlowException.notFound("no probe route POST /bundle/%s; use stop or start", action);
            }
        } catch (BundleException e) {
            throw new IllegalStateException(e);
        }
        return Map.of("bundle", bsn, "state", bundle.getState());
    }

    private static Node find(String id) {
        Map<String, Node> nodes = new LinkedHashMap<>();
        index(scene().getRoot(), nodes);
        Node node = nodes.get(id);
        if (node == null) {
            throw FocusFlowException.notFound("no node #%s in the window", id);
        }
        return node;
    }

    private static void index(Node node, Map<String, Node> nodes) {
        if (node.getId() != null) {
            nodes.putIfAbsent(node.getId(), node);
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> index(child, nodes));
        }
        if (node instanceof TabPane tabs) { // a tab not yet selected has no content: the window builds it then
            tabs.getTabs().stream().filter(tab -> tab.getContent() != null).forEach(tab -> index(tab.getContent(), nodes));
        }
    }

    private Map<String, Object> pressCtrlEnter() {
        Scene scene = scene();
        Node owner = scene.getFocusOwner();
        Event.fireEvent(owner != null ? owner : scene.getRoot(), new KeyEvent(KeyEvent.KEY_PRESSED, "", "",
                KeyCode.ENTER, false, true, false, false));
        Event.fireEvent(owner != null ? owner : scene.getRoot(), new KeyEvent(KeyEvent.KEY_RELEASED, "", "",
                KeyCode.ENTER, false, true, false, false));
        return Map.of("pressed", "ctrl+enter");
    }

    private Map<String, Object> selectTab(String id) {
        TabPane tabs = (TabPane) scene().lookup(".tab-pane");
        tabs.getTabs().stream().filter(t -> id.equals(t.getId())).findFirst()
                .ifPresentOrElse(t -> tabs.getSelectionModel().select(t),
                        () -> { throw FocusFlowException.notFound("no tab %s", id); });
        return Map.of("selected", id);
    }

    private Map<String, Object> screenshot(String name) {
        if (!NAME.matcher(name).matches()) {
            throw FocusFlowException.invalidInput("name must match %s", NAME.pattern());
        }
        WritableImage image = onFx(() -> scene().snapshot(null));
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        BufferedImage png = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        PixelReader pixels = image.getPixelReader();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                png.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        try {
            Files.createDirectories(shots);
            Path file = shots.resolve(name + ".png");
            ImageIO.write(png, "png", file.toFile());
            return Map.of("file", file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Stage window() {
        List<Window> windows = List.copyOf(Window.getWindows());
        return windows.stream().filter(w -> w instanceof Stage s && isFocusFlow(s) && s.isShowing())
                .map(Stage.class::cast).findFirst().orElse(null);
    }

    /** FocusFlow's main window: "FocusFlow", or "18:42 left — FocusFlow" while a session runs (not a dialog). */
    private static boolean isFocusFlow(Stage stage) {
        String title = stage.getTitle();
        return title != null && (title.equals(TITLE) || title.endsWith(" — " + TITLE)) && stage.getScene() != null
                && stage.getScene().lookup(".tab-pane") != null;
    }

    /** A node as the keyboard test names it: its id, else its type and text. */
    private static String describe(Node node) {
        if (node.getId() != null) {
            return node.getId();
        }
        String text = node instanceof Labeled l ? " " + l.getText() : "";
        return node.getClass().getSimpleName() + text;
    }

    /** Whether a check box or toggle is selected, and whether the node is visible (its tab selected). */
    private static Map<String, Object> selected(String id) {
        Node node = find(id);
        boolean visible = true;
        for (Node n = node; n != null; n = n.getParent()) {
            visible &= n.isVisible();
        }
        boolean selected = node instanceof javafx.scene.control.CheckBox c ? c.isSelected()
                : node instanceof javafx.scene.control.ToggleButton t && t.isSelected();
        return Map.of("selected", selected, "visible", visible);
    }

    /** Runs what the launcher runs on a second launch: every Runnable service registered for "show". */
    private Map<String, Object> launcherShow() {
        try {
            var references = context.getServiceReferences(Runnable.class, "(focusflow.launcher.action=show)");
            for (var reference : references) {
                Runnable action = context.getService(reference);
                try {
                    action.run();
                } finally {
                    context.ungetService(reference);
                }
            }
            return Map.of("actions", references.size());
        } catch (org.osgi.framework.InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> bounds(String id) {
        Node node = find(id);
        Bounds screen = node.localToScreen(node.getBoundsInLocal());
        return Map.of("x", screen.getMinX(), "y", screen.getMinY(), "width", screen.getWidth(), "height", screen.getHeight(),
                "centerX", (int) screen.getCenterX(), "centerY", (int) screen.getCenterY());
    }

    // The scene as rendered at the previous focus-diff call: the focus ring test compares the new focus
    // owner's area before (not focused) and now (focused).
    private WritableImage previous;

    /**
     * The focus owner now and how many pixels of its area (plus a 4 px margin for the ring) changed since
     * the previous call; the keyboard test calls it after each Tab.
     */
    private Map<String, Object> focusDiff() {
        return onFx(() -> {
            Scene scene = scene();
            WritableImage now = scene.snapshot(null);
            Node owner = scene.getFocusOwner();
            int changed = 0;
            if (owner != null && previous != null && previous.getWidth() == now.getWidth()
                    && previous.getHeight() == now.getHeight()) {
                Bounds b = owner.localToScene(owner.getBoundsInLocal());
                int x0 = (int) Math.max(0, b.getMinX() - 4);
                int y0 = (int) Math.max(0, b.getMinY() - 4);
                int x1 = (int) Math.min(now.getWidth(), b.getMaxX() + 4);
                int y1 = (int) Math.min(now.getHeight(), b.getMaxY() + 4);
                for (int y = y0; y < y1; y++) {
                    for (int x = x0; x < x1; x++) {
                        if (previous.getPixelReader().getArgb(x, y) != now.getPixelReader().getArgb(x, y)) {
                            changed++;
                        }
                    }
                }
            }
            previous = now;
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("focus", owner == null ? "" : describe(owner));
            result.put("changedPixels", changed);
            return result;
        });
    }

    private static Scene scene() {
        Stage stage = window();
        if (stage == null) {
            throw FocusFlowException.notFound("the FocusFlow window is not showing");
        }
        return stage.getScene();
    }

    private static <T> T onFx(Callable<T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Exception | Error e) {
                result.completeExceptionally(e);
            }
        });
        try {
            return result.get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException | TimeoutException e) {
            throw new IllegalStateException("the FX thread did not answer", e);
        }
    }
}
