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
 * <li>{@code GET} the text of every labelled node with an id in the FocusFlow window;</li>
 * <li>{@code POST /key/ctrl-enter} presses Ctrl+Enter in the window (a key event through the scene, so the
 * window's own accelerator handles it, as it does a real key press);</li>
 * <li>{@code POST /tab?id=tab-today} selects a tab; {@code POST /screenshot?name=x} renders the window
 * into {@code <data dir>/probe/x.png};</li>
 * <li>{@code POST /fill?id=..&text=..} types into a text field, {@code POST /fire?id=..} presses a button;</li>
 * <li>{@code POST /bundle/stop?bsn=..} and {@code /bundle/start} stop and start a bundle, {@code GET /bundle?bsn=..}
 * tells when it was last installed or updated.</li>
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
                        bundle(request.pathParameter("action"), request.query("bsn").orElse("")))));
    }

    private Map<String, Object> texts() {
        Map<String, Object> result = new LinkedHashMap<>();
        Stage stage = window();
        result.put("showing", stage != null && stage.isShowing());
        result.put("windows", Window.getWindows().stream()
                .filter(w -> w instanceof Stage s && TITLE.equals(s.getTitle()) && s.isShowing()).count());
        Map<String, String> texts = new LinkedHashMap<>();
        if (stage != null) {
            collect(stage.getScene().getRoot(), texts);
        }
        result.put("texts", texts);
        result.put("fxThread", Thread.currentThread().getId()); // the same id all along: the toolkit was never restarted
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
        if (node instanceof TabPane tabs) {
            tabs.getTabs().forEach(tab -> index(tab.getContent(), nodes));
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
        return windows.stream().filter(w -> w instanceof Stage s && TITLE.equals(s.getTitle()) && s.isShowing())
                .map(Stage.class::cast).findFirst().orElse(null);
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
            return result.get(10, TimeUnit.SECONDS);
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
