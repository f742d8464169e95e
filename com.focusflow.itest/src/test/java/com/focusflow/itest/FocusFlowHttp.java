package com.focusflow.itest;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Properties;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.service.servlet.runtime.HttpServiceRuntime;
import org.osgi.service.servlet.runtime.HttpServiceRuntimeConstants;

/** Talks HTTP to the running FocusFlow: finds its endpoint and its generated credentials. */
final class FocusFlowHttp {

    final URI base;
    final String username;
    final String password;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private FocusFlowHttp(URI base, String username, String password) {
        this.base = base;
        this.username = username;
        this.password = password;
    }

    /** Waits for the HTTP runtime, then reads the endpoint it announces and the credentials file. */
    static FocusFlowHttp connect(BundleContext context) throws Exception {
        ServiceReference<HttpServiceRuntime> runtime = Poll.until(Duration.ofSeconds(20), "HTTP runtime",
                () -> context.getServiceReference(HttpServiceRuntime.class));
        Object endpoint = runtime.getProperty(HttpServiceRuntimeConstants.HTTP_SERVICE_ENDPOINT);
        String first = endpoint instanceof String[] all ? all[0] : String.valueOf(endpoint);
        URI base = URI.create(first.endsWith("/") ? first.substring(0, first.length() - 1) : first);
        Path credentials = Path.of(context.getProperty("focusflow.home")).resolve("credentials.properties");
        Poll.until(Duration.ofSeconds(20), "credentials file", () -> Files.exists(credentials) ? credentials : null);
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(credentials)) {
            p.load(in);
        }
        return new FocusFlowHttp(base, p.getProperty("username"), p.getProperty("password"));
    }

    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(10));
    }

    HttpRequest.Builder authorized(String path) {
        return withBasic(request(path), username, password);
    }

    static HttpRequest.Builder withBasic(HttpRequest.Builder builder, String user, String secret) {
        String token = Base64.getEncoder().encodeToString((user + ":" + secret).getBytes(StandardCharsets.UTF_8));
        return builder.header("Authorization", "Basic " + token);
    }

    HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(authorized(path).GET().build());
    }

    HttpResponse<String> postJson(String path, String json) throws IOException, InterruptedException {
        return send(authorized(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    /** Polls a GET until it answers {@code status}: registrations reach the HTTP runtime asynchronously. */
    HttpResponse<String> awaitStatus(String path, int status) throws Exception {
        return Poll.until(Duration.ofSeconds(20), "GET " + path + " answering " + status, () -> {
            HttpResponse<String> r = get(path);
            return r.statusCode() == status ? r : null;
        });
    }
}
