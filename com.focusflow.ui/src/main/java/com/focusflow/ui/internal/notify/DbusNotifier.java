package com.focusflow.ui.internal.notify;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.freedesktop.dbus.connections.impl.DBusConnection;
import org.freedesktop.dbus.connections.impl.DBusConnectionBuilder;
import org.freedesktop.dbus.exceptions.DBusException;
import org.freedesktop.dbus.types.UInt32;
import org.freedesktop.dbus.types.Variant;

/**
 * Desktop notifications through the session bus' {@code org.freedesktop.Notifications} service, with
 * dbus-java (embedded in this bundle, see bnd.bnd) over the JDK's own Unix domain sockets. Connects on
 * the first notification, not at start-up, so that a window that never notifies costs no connection and
 * no threads; a failed connection is tried again on the next notification.
 */
public final class DbusNotifier implements DesktopNotifier {
    static final String APP_NAME = "FocusFlow";
    private static final int DEFAULT_EXPIRY = -1; // the server's default
    private static final byte URGENCY_NORMAL = 1;
    private static final byte URGENCY_CRITICAL = 2;

    private final String iconPath;
    private DBusConnection connection;
    private FreedesktopNotifications service;

    /** @param iconPath an absolute path of FocusFlow's icon (PNG), or "" */
    public DbusNotifier(String iconPath) {
        this.iconPath = iconPath;
    }

    @Override
    public synchronized long show(String title, String body, boolean urgent, long replaces) {
        try {
            UInt32 id = service().Notify(APP_NAME, new UInt32(replaces), iconPath, title, body, List.of(),
                    Map.of("urgency", new Variant<>(urgent ? URGENCY_CRITICAL : URGENCY_NORMAL),
                            "desktop-entry", new Variant<>("focusflow")),
                    DEFAULT_EXPIRY);
            return id.longValue();
        } catch (DBusException | RuntimeException e) { // DBusExecutionException: the call failed
            close(); // a broken connection is opened again next time
            throw new IllegalStateException("no desktop notification service: " + e.getMessage(), e);
        }
    }

    private FreedesktopNotifications service() throws DBusException {
        if (service == null) {
            if (System.getenv("DBUS_SESSION_BUS_ADDRESS") == null) {
                throw new IllegalStateException("no session bus (DBUS_SESSION_BUS_ADDRESS is not set)");
            }
            // One thread per kind is plenty for one call now and then; the transport is found through this
            // bundle's class loader (ServiceLoader), where the embedded transport's service file is.
            connection = DBusConnectionBuilder.forSessionBus().withShared(false)
                    .receivingThreadConfig().withSignalThreadCount(1).withErrorHandlerThreadCount(1)
                    .withMethodCallThreadCount(1).withMethodReturnThreadCount(1).connectionConfig()
                    .transportConfig().withServiceLoaderClassLoader(DbusNotifier.class.getClassLoader()).back()
                    .build();
            service = connection.getRemoteObject(FreedesktopNotifications.BUS_NAME, FreedesktopNotifications.OBJECT_PATH,
                    FreedesktopNotifications.class);
        }
        return service;
    }

    @Override
    public synchronized void close() {
        service = null;
        if (connection != null) {
            try {
                connection.close();
            } catch (IOException | RuntimeException e) {
                // closing a broken connection: nothing left to do
            }
            connection = null;
        }
    }
}
