package com.focusflow.ui.internal.notify;

import java.util.List;
import java.util.Map;
import org.freedesktop.dbus.annotations.DBusInterfaceName;
import org.freedesktop.dbus.interfaces.DBusInterface;
import org.freedesktop.dbus.types.UInt32;
import org.freedesktop.dbus.types.Variant;

/**
 * The desktop's notification service (the freedesktop.org Desktop Notifications Specification), as
 * dbus-java calls it: GNOME Shell, KDE Plasma, dunst, xfce4-notifyd and others implement it.
 */
@DBusInterfaceName("org.freedesktop.Notifications")
public interface FreedesktopNotifications extends DBusInterface {
    /** Well-known bus name and object path of the service. */
    String BUS_NAME = "org.freedesktop.Notifications";
    String OBJECT_PATH = "/org/freedesktop/Notifications";

    /**
     * Shows a notification, or replaces the one with id {@code replacesId} (0: a new one).
     *
     * @return the notification's id, to replace it later
     */
    @SuppressWarnings("checkstyle:MethodName") // the D-Bus method's name
    UInt32 Notify(String appName, UInt32 replacesId, String appIcon, String summary, String body,
            List<String> actions, Map<String, Variant<?>> hints, int expireTimeout);
}
