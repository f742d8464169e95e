package com.focusflow.itest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.Collections;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.test.common.annotation.InjectService;

/** Nobody gets in without the generated credentials, and nobody off this machine gets in at all. */
class HttpSecurityTest {

    @InjectBundleContext
    BundleContext context;

    @InjectService
    ConfigurationAdmin configAdmin;

    FocusFlowHttp http;

    @BeforeEach
    void connect() throws Exception {
        http = FocusFlowHttp.connect(context);
        http.awaitStatus("/focusflow/api/v1/health", 200);
    }

    @Test
    void apiAnswers401WithoutCredentialsAnd200WithThem() throws Exception {
        HttpResponse<String> anonymous = http.send(http.request("/focusflow/api/v1/health").GET().build());
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
        assertThat(anonymous.body()).contains("\"error\":\"PERMISSION_DENIED\"").contains("credentials.properties");

        HttpResponse<String> ok = http.get("/focusflow/api/v1/health");
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(ok.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
        assertThat(ok.body()).contains("\"status\":\"UP\"").contains("bundle com.focusflow.session");
    }

    @Test
    void wrongPasswordAndTheOldDefaultsAreRefused() throws Exception {
        for (String[] guess : new String[][] {{"admin", "admin"}, {http.username, http.password + "x"}, {"root", http.password}}) {
            HttpRequest request = FocusFlowHttp.withBasic(http.request("/focusflow/api/v1/health"), guess[0], guess[1]).GET().build();
            assertThat(http.send(request).statusCode()).as(guess[0] + ":" + guess[1]).isEqualTo(401);
        }
    }

    @Test
    void webConsoleNeedsTheSameCredentials() throws Exception {
        String bundles = "/system/console/bundles.json";
        HttpResponse<String> withCredentials = Poll.until(java.time.Duration.ofSeconds(20), "console", () -> {
            HttpResponse<String> r = http.get(bundles);
            return r.statusCode() == 200 ? r : null;
        });
        assertThat(withCredentials.body()).contains("com.focusflow.session");
        assertThat(http.send(http.request(bundles).GET().build()).statusCode()).isEqualTo(401);
        HttpRequest adminAdmin = FocusFlowHttp.withBasic(http.request(bundles), "admin", "admin").GET().build();
        assertThat(http.send(adminAdmin).statusCode()).isEqualTo(401);
    }

    @Test
    void aCrossSiteFormPostCannotChangeTheConsoleButTheConsolesOwnCan() throws Exception {
        String pid = "itest.csrf.probe";
        String form = "apply=true&action=ajaxConfigManager&propertylist=probe&probe=1";
        http.awaitStatus("/system/console/configMgr", 200);

        HttpResponse<String> forged = http.send(http.authorized("/system/console/configMgr/" + pid)
                .header("Origin", "https://evil.example").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.body()).contains("cross-site");
        assertThat(configAdmin.listConfigurations("(service.pid=" + pid + ")")).isNull();

        HttpResponse<String> own = http.send(http.authorized("/system/console/configMgr/" + pid)
                .header("Origin", http.base.toString()).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        assertThat(own.statusCode()).isLessThan(400);
        try {
            assertThat(configAdmin.listConfigurations("(service.pid=" + pid + ")")).hasSize(1);
        } finally {
            ConfigurationReset.delete(context, pid);
        }
    }

    @Test
    void credentialsFileIsReadableByItsOwnerOnly() throws Exception {
        Path file = Path.of(context.getProperty("focusflow.home"), "credentials.properties");
        assumeTrue(file.getFileSystem().supportedFileAttributeViews().contains("posix"));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(http.username).isEqualTo("admin");
        assertThat(http.password).hasSizeGreaterThanOrEqualTo(16).isNotEqualTo("admin");
    }

    @Test
    void listensOnLoopbackOnly() throws Exception {
        assertThat(http.base.getHost()).isEqualTo("127.0.0.1");
        Optional<InetAddress> external = Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
                .filter(HttpSecurityTest::isUp)
                .flatMap(i -> Collections.list(i.getInetAddresses()).stream())
                .filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress() && !a.isLinkLocalAddress())
                .findFirst();
        assumeTrue(external.isPresent(), "this machine has no non-loopback IPv4 address to try");
        assertThatThrownBy(() -> {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(external.get(), http.base.getPort()), 2000);
            }
        }).as("connecting to " + external.get() + ":" + http.base.getPort()).isInstanceOf(IOException.class);
    }

    /**
     * The guards are whiteboard preprocessors: in the real HTTP runtime they run in front of every servlet
     * context, the API's, the Web Console's and paths nobody serves, before authentication (issue 19.1, 19.5,
     * 19.16).
     */
    @Test
    void theGuardsRunInFrontOfEveryServletContext() throws Exception {
        http.awaitStatus("/system/console/bundles", 200);
        int port = http.base.getPort();
        String ours = "Host: 127.0.0.1:" + port + "\r\n";
        String auth = "Authorization: Basic " + Base64.getEncoder()
                .encodeToString((http.username + ":" + http.password).getBytes(StandardCharsets.UTF_8)) + "\r\n";
        for (String path : new String[] { "/focusflow/api/v1/health", "/system/console/bundles", "/no/such/path" }) {
            String rebound = raw(port, "GET " + path, "Host: evil.example:" + port + "\r\n" + auth);
            assertThat(rebound).as(path).startsWith("HTTP/1.1 421");
            assertThat(rebound).as(path).contains("X-Frame-Options: DENY").contains("frame-ancestors 'none'")
                    .contains("Referrer-Policy: no-referrer");
        }
        assertThat(raw(port, "GET /focusflow/api/v1/health", ours + auth)).startsWith("HTTP/1.1 200")
                .contains("X-Frame-Options: DENY");
        assertThat(raw(port, "TRACE /system/console/bundles", ours + auth)).startsWith("HTTP/1.1 405")
                .contains("Allow: GET, HEAD, POST, OPTIONS");
        assertThat(raw(port, "OPTIONS /system/console/services", ours + auth)).startsWith("HTTP/1.1 204");
    }

    /** One HTTP/1.1 exchange over a plain socket: java.net.http will not send a foreign Host header. */
    private static String raw(int port, String requestLine, String headers) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 5000);
            socket.setSoTimeout(20_000);
            socket.getOutputStream().write((requestLine + " HTTP/1.1\r\n" + headers + "Connection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    private static boolean isUp(NetworkInterface i) {
        try {
            return i.isUp() && !i.isLoopback();
        } catch (IOException e) {
            return false;
        }
    }
}
