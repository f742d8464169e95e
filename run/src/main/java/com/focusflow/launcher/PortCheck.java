package com.focusflow.launcher;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.Optional;

/**
 * Whether the HTTP port is free before Jetty tries it: a busy port would otherwise leave FocusFlow running
 * without HTTP. (Another FocusFlow on the same data dir never gets here: the instance lock hands over first.)
 */
final class PortCheck {

    private PortCheck() {
    }

    /** A one-line explanation if {@code port} on loopback cannot be bound, else empty. Port 0 is always free. */
    static Optional<String> problem(String port) {
        int number;
        try {
            number = Integer.parseInt(port.strip());
        } catch (NumberFormatException e) {
            return Optional.of("The HTTP port '" + port + "' (org.osgi.service.http.port) is not a number.");
        }
        if (number < 0 || number > 65535) {
            return Optional.of("The HTTP port " + number + " (org.osgi.service.http.port) must be 0..65535.");
        }
        if (number == 0) {
            return Optional.empty();
        }
        try (ServerSocket probe = new ServerSocket()) {
            probe.setReuseAddress(true);
            probe.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), number));
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of("Port " + number + " on 127.0.0.1 is in use by another program, so FocusFlow cannot serve"
                    + " its console and API there. Stop that program, or choose another port:"
                    + " FOCUSFLOW_JAVA_OPTS=-Dorg.osgi.service.http.port=9090 run/focusflow");
        }
    }
}
