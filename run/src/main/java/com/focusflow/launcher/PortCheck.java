package com.focusflow.launcher;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

/**
 * Whether the HTTP port is free before Jetty tries it: a busy port would otherwise leave FocusFlow running
 * without HTTP. (Another FocusFlow on the same data dir never gets here: the instance lock hands over first.)
 */
final class PortCheck {

    /** Long enough for a busy FocusFlow to answer, short enough for a start that ends at once. */
    static final Duration PROBE_TIMEOUT = Duration.ofSeconds(2);

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
            String holder = isFocusFlow(number) ? "another FocusFlow (on another data dir; its console is http://127.0.0.1:"
                    + number + "/system/console)" : "another program";
            return Optional.of("Port " + number + " on 127.0.0.1 is in use by " + holder + ", so FocusFlow cannot serve"
                    + " its console and API there. Stop " + (holder.startsWith("another FocusFlow") ? "it" : "that program")
                    + ", or choose another port: FOCUSFLOW_JAVA_OPTS=-Dorg.osgi.service.http.port=9090 run/focusflow");
        }
    }

    /**
     * Whether FocusFlow listens there: its API asks for credentials in the FocusFlow realm. (A FocusFlow on the
     * same data dir never gets here: the instance lock hands over to it first.)
     */
    static boolean isFocusFlow(int port) {
        try {
            HttpClient client = HttpClient.newBuilder().connectTimeout(PROBE_TIMEOUT).build();
            HttpResponse<Void> answer = client.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + "/focusflow/api/v1/health")).timeout(PROBE_TIMEOUT).build(),
                    HttpResponse.BodyHandlers.discarding());
            return answer.statusCode() == 401 && answer.headers().allValues("WWW-Authenticate").stream()
                    .anyMatch(challenge -> challenge.contains("realm=\"FocusFlow\""));
        } catch (IOException | IllegalArgumentException e) {
            return false; // not HTTP, or not answering: some other program
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
