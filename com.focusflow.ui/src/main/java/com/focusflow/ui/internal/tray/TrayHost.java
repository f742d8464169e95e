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

    /**
     * Once AWT's X toolkit runs beside GTK's (a tray was tried): one X I/O error handler for the process that
     * ends it with {@code _exit(1)}, as GTK's own does. Xlib's handler is process-wide and AWT's (installed last)
     * returns, after which Xlib calls {@code exit(1)}; when the X server goes away (logout, Xvfb ending) GTK's
     * and AWT's threads both get there at once, and glibc's {@code exit} run from two threads crashes the JVM
     * (SIGSEGV in {@code __run_exit_handlers}, an hs_err file; docs/reliability.md). {@code _exit} has no
     * handlers to race: the process ends with status 1, as with GTK alone. No-op off Linux or without JNA.
     */
    public static void exitOnceOnDisplayLoss() {
        if (!System.getProperty("os.name", "").startsWith("Linux")) {
            return;
        }
        try {
            NativeLibrary.getInstance("libX11.so.6").getFunction("XSetIOErrorHandler").invoke(Pointer.class,
                    new Object[] { DisplayLost.EXIT });
        } catch (RuntimeException | LinkageError e) {
            LOG.debug("X I/O error handler not set ({})", e.toString());
        }
    }

    /** Xlib's {@code XIOErrorHandler}; referenced from a static field so that it is never collected. */
    public interface DisplayLost extends com.sun.jna.Callback {
        DisplayLost EXIT = display -> {
            System.err.println("FocusFlow lost its connection to the X display; exiting");
            NativeLibrary.getInstance("c").getFunction("_exit").invokeVoid(new Object[] { 1 });
            return 0;
        };

        int callback(Pointer display);
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
