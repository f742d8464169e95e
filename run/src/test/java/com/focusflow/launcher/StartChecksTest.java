package com.focusflow.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.io.TempDir;

class StartChecksTest {

    @TempDir
    Path home;

    @Test
    void aPortAnotherProgramHoldsIsNamedWithTheWayOut() throws IOException {
        try (ServerSocket other = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            assertThat(PortCheck.problem(Integer.toString(other.getLocalPort()))).get().asString()
                    .startsWith("Port " + other.getLocalPort() + " on 127.0.0.1 is in use by another program")
                    .contains("-Dorg.osgi.service.http.port=");
        }
    }

    /** What FocusFlow's API answers without credentials: 401 in the FocusFlow realm. */
    @Test
    void aPortAnotherFocusFlowHoldsIsNamedWithItsConsole() throws IOException {
        HttpServer other = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        other.createContext("/", exchange -> {
            exchange.getResponseHeaders().add("WWW-Authenticate", "Basic realm=\"FocusFlow\", charset=\"UTF-8\"");
            exchange.sendResponseHeaders(401, -1);
            exchange.close();
        });
        other.start();
        try {
            int port = other.getAddress().getPort();
            assertThat(PortCheck.problem(Integer.toString(port))).get().asString()
                    .startsWith("Port " + port + " on 127.0.0.1 is in use by another FocusFlow")
                    .contains("http://127.0.0.1:" + port + "/system/console").contains("-Dorg.osgi.service.http.port=");
        } finally {
            other.stop(0);
        }
    }

    @Test
    void aFreePortPortZeroAndNonsense() throws IOException {
        int free;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            free = probe.getLocalPort();
        }
        assertThat(PortCheck.problem(Integer.toString(free))).isEmpty();
        assertThat(PortCheck.problem("0")).isEmpty();
        assertThat(PortCheck.problem("http")).get().asString().contains("is not a number");
        assertThat(PortCheck.problem("70000")).get().asString().contains("must be 0..65535");
    }

    @Test
    void theInstanceLockIsExclusive() throws IOException {
        Path lock = home.resolve("focusflow.lock");
        var first = InstanceLock.tryAcquire(lock);

        assertThat(first).isPresent();
        assertThat(InstanceLock.tryAcquire(lock)).as("held already").isEmpty();
    }

    @Test
    void theHandOverAnswerBecomesOneLine() {
        assertThat(HandOver.describe("shown", home)).isEqualTo("FocusFlow is already running on " + home
                + "; its window was brought to the front.");
        assertThat(HandOver.describe("running http://127.0.0.1:8089/system/console", home)).isEqualTo(
                "FocusFlow is already running on " + home + " (no window to show): http://127.0.0.1:8089/system/console");
        assertThat(HandOver.describe("", home)).isEqualTo("FocusFlow is already running on " + home + ".");
    }
}
