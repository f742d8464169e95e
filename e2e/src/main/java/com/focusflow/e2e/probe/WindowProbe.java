package com.focusflow.e2e.probe;

import com.focusflow.api.FocusFlowException;
import com.focusflow.api.http.ApiRequest;
import com.focusflow.api.http.ApiResource;
import com.focusflow.api.http.ApiResponse;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.TabPane;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.osgi.framework.BundleContext;
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
 * into {@code <data dir>/probe/x.png}.</li>
 * </ul>
 */
@Component(property = ApiResource.PATH + "=/uiprobe")
public final class WindowProbe implements ApiResource {
    private static final String TITLE = "FocusFlow";
    private static final Pattern NAME = Pattern.compile("[a-z0-9-]{1,40}");

    private final Path shots;

    @Activate
    public WindowProbe(BundleContext context) {
        shots = Path.of(context.getProperty("focusflow.home"), "probe");
    }

    @Override
    public ApiResponse handle(ApiRequest request) {
        String route = request.method() + " " + request.path();
        return switch (route) {
            case "GET " -> ApiResponse.ok(onFx(this::texts));
            case "POST /key/ctrl-enter" -> ApiResponse.ok(onFx(this::pressCtrlEnter));
            case "POST /tab" -> ApiResponse.ok(onFx(() -> selectTab(request.query("id").orElse(""))));
            case "POST /screenshot" -> ApiResponse.ok(screenshot(request.query("name").orElse("")));
            default -> throw FocusFlowException.notFound("no probe route %s", route);
        };
    }

    private Map<String, Object> texts() {
        Map<String, Object> result = new LinkedHashMap<>();
        Stage stage = window();
        result.put("showing", stage != null && stage.isShowing());
        Map<String, String> texts = new LinkedHashMap<>();
        if (stage != null) {
            collect(stage.getScene().getRoot(), texts);
        }
        result.put("texts", texts);
        return result;
    }

    private static void collect(Node node, Map<String, String> texts) {
        if (node.getId() != null && node instanceof Labeled labeled) {
            texts.put(node.getId(), labeled.getText());
        }
        if (node instanceof javafx.scene.Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collect(child, texts));
        }
        if (node instanceof TabPane tabs) {
            tabs.getTabs().forEach(tab -> collect(tab.getContent(), texts));
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
