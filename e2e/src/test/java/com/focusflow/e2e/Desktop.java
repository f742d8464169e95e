package com.focusflow.e2e;

import com.focusflow.ui.internal.notify.FreedesktopNotifications;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.freedesktop.dbus.connections.impl.DBusConnection;
import org.freedesktop.dbus.connections.impl.DBusConnectionBuilder;
import org.freedesktop.dbus.types.UInt32;
import org.freedesktop.dbus.types.Variant;

/**
 * The desktop around the window, as a user has it: a real window manager (openbox) on the test's X
 * display, a private D-Bus session bus (its own dbus-daemon) with a notification service that records
 * every notification, and xdotool to drive and measure windows with real X input. Everything it starts it
 * stops on close.
 */
final class Desktop implements AutoCloseable {
    /** One notification as the desktop received it. */
    record Received(long id, long replaces, String summary, String body) {
    }

    /**
     * A session bus as a desktop's, which also lets the test (root in CI) in beside the desktop user FocusFlow
     * runs as: a session bus admits only its own user unless told otherwise.
     */
    private static final String SESSION_BUS = """
            <!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
             "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
            <busconfig>
              <type>session</type>
              <listen>unix:tmpdir=/tmp</listen>
              <auth>EXTERNAL</auth>
              <policy context="default">
                <allow user="*"/>
                <allow send_destination="*" eavesdrop="true"/>
                <allow eavesdrop="true"/>
                <allow own="*"/>
              </policy>
            </busconfig>
            """;

    private final List<Process> started = new ArrayList<>();
    private final List<Received> notifications = Collections.synchronizedList(new ArrayList<>());
    private String busAddress;
    private DBusConnection recorder;

    /** Starts openbox on the display and a private session bus with the recorder. */
    static Desktop start(Path dir) throws Exception {
        Desktop desktop = new Desktop();
        desktop.started.add(new ProcessBuilder("openbox").redirectErrorStream(true)
                .redirectOutput(dir.resolve("openbox.log").toFile()).start());
        Path config = Files.writeString(dir.resolve("session-bus.conf"), SESSION_BUS);
        Process bus = new ProcessBuilder("dbus-daemon", "--config-file=" + config, "--nofork", "--print-address").start();
        desktop.started.add(bus);
        desktop.busAddress = new BufferedReader(new InputStreamReader(bus.getInputStream(), StandardCharsets.UTF_8)).readLine();
        if (desktop.busAddress == null || desktop.busAddress.isBlank()) {
            throw new IllegalStateException("dbus-daemon printed no address");
        }
        desktop.recorder = DBusConnectionBuilder.forAddress(desktop.busAddress).withShared(false).build();
        desktop.recorder.requestBusName(FreedesktopNotifications.BUS_NAME);
        desktop.recorder.exportObject(FreedesktopNotifications.OBJECT_PATH, desktop.new Recorder());
        return desktop;
    }

    /** The private bus' address, for the application's DBUS_SESSION_BUS_ADDRESS. */
    String busAddress() {
        return busAddress;
    }

    List<Received> notifications() {
        synchronized (notifications) {
            return List.copyOf(notifications);
        }
    }

    /** Runs xdotool, another X tool or any short command, and returns its output; fails on a non-zero exit. */
    static String x(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + out);
        }
        return out;
    }

    /** The X window of FocusFlow (WM_CLASS focusflow), or null while there is none mapped. */
    static String window() throws IOException, InterruptedException {
        Process process = new ProcessBuilder("xdotool", "search", "--onlyvisible", "--class", "^focusflow$").start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        process.waitFor(30, TimeUnit.SECONDS);
        return out.isEmpty() ? null : out.lines().findFirst().orElse(null);
    }

    /** The window's outer size on screen: the client area plus the window manager's frame. */
    static int[] frameSize(String window) throws IOException, InterruptedException {
        String geometry = x("xdotool", "getwindowgeometry", window);
        String[] size = geometry.replaceAll("(?s).*Geometry: (\\d+)x(\\d+).*", "$1 $2").split(" ");
        String extents = x("xprop", "-id", window, "_NET_FRAME_EXTENTS");
        int[] frame = { 0, 0, 0, 0 };
        if (extents.contains("=")) {
            String[] parts = extents.substring(extents.indexOf('=') + 1).split(",");
            for (int i = 0; i < 4 && i < parts.length; i++) {
                frame[i] = Integer.parseInt(parts[i].strip());
            }
        }
        return new int[] { Integer.parseInt(size[0]) + frame[0] + frame[1], Integer.parseInt(size[1]) + frame[2] + frame[3] };
    }

    static boolean available() {
        for (String tool : List.of("openbox", "xdotool", "xprop", "dbus-daemon")) {
            boolean found = List.of(System.getenv().getOrDefault("PATH", "").split(":")).stream()
                    .anyMatch(dir -> Files.isExecutable(Path.of(dir, tool)));
            if (!found) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void close() {
        if (recorder != null) {
            recorder.disconnect();
        }
        for (Process process : started) {
            process.destroy();
            try {
                process.waitFor(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** The notification service of the private bus: records what it is asked to show. */
    private final class Recorder implements FreedesktopNotifications {
        private final AtomicLong ids = new AtomicLong();

        @Override
        public UInt32 Notify(String appName, UInt32 replacesId, String appIcon, String summary, String body,
                List<String> actions, Map<String, Variant<?>> hints, int expireTimeout) {
            long id = replacesId.longValue() != 0 ? replacesId.longValue() : ids.incrementAndGet();
            notifications.add(new Received(id, replacesId.longValue(), summary, body));
            return new UInt32(id);
        }

        @Override
        public String getObjectPath() {
            return OBJECT_PATH;
        }
    }
}
