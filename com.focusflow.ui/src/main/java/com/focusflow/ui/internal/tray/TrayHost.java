package com.focusflow.ui.internal.tray;

import com.sun.jna.NativeLibrary;
import com.sun.jna.Pointer;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether the desktop has a tray AWT can use, found without AWT. On X11 AWT's tray is the XEmbed system
 * tray: an X client owning the selection {@code _NET_SYSTEM_TRAY_S<screen>}. Asking AWT
 * ({@code SystemTray.isSupported()}) starts its whole X toolkit (libawt_xawt, an X connection of its own, the
 * AWT-XAWT thread) even where there is no tray, as on stock GNOME or Xvfb: several MiB resident, and a second
 * X client in the process whose fatal-error handler races GTK's on exit (docs/decisions.md). This asks the X
 * server through libX11 (already in the process for GTK), with JNA, and closes its connection at once.
 */
public final class TrayHost {
    private static final Logger LOG = LoggerFactory.getLogger(TrayHost.class);

    /** What the X server says about the tray selection. */
    interface X11 {
        /** The owner of {@code _NET_SYSTEM_TRAY_S<default screen>}: 0 when there is none; empty when X cannot be asked. */
        Optional<Long> trayOwner();
    }

    private TrayHost() {
    }

    /**
     * Whether to try AWT's tray: on Windows and macOS always (their trays are native), on other systems only
     * with an X display whose tray selection has an owner. When X cannot be asked (no JNA, no libX11) AWT decides.
     */
    static boolean worthTrying(String osName, Map<String, String> env, X11 x11) {
        if (osName.startsWith("Windows") || osName.startsWith("Mac")) {
            return true;
        }
        String display = env.get("DISPLAY");
        if (display == null || display.isBlank()) {
            return false; // Wayland without XWayland: AWT has no tray there
        }
        return x11.trayOwner().map(owner -> owner != 0).orElse(true);
    }

    /** For this process: its OS, environment and X server. */
    public static boolean worthTrying() {
        return worthTrying(System.getProperty("os.name", ""), System.getenv(), TrayHost::askX);
    }

    private static Optional<Long> askX() {
        try {
            NativeLibrary x = NativeLibrary.getInstance("libX11.so.6");
            Pointer display = x.getFunction("XOpenDisplay").invokePointer(new Object[] { null });
            if (display == null) {
                return Optional.of(0L); // the display cannot be opened: AWT could not either
            }
            try {
                int screen = x.getFunction("XDefaultScreen").invokeInt(new Object[] { display });
                // only_if_exists: an atom nobody ever interned has no owner either
                long atom = x.getFunction("XInternAtom").invokeLong(new Object[] { display, "_NET_SYSTEM_TRAY_S" + screen, 1 });
                return Optional.of(atom == 0 ? 0L : x.getFunction("XGetSelectionOwner").invokeLong(new Object[] { display, atom }));
            } finally {
                x.getFunction("XCloseDisplay").invokeInt(new Object[] { display });
            }
        } catch (RuntimeException | LinkageError e) {
            LOG.debug("Could not ask X for a tray ({}); AWT decides", e.toString());
            return Optional.empty();
        }
    }
}
