package com.focusflow.reliability;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.StringJoiner;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The Web Console driven as its pages do: same-origin form posts with the credentials. */
final class WebConsole {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final App app;

    WebConsole(App app) {
        this.app = app;
    }

    private HttpRequest.Builder request(String path) {
        return App.withBasic(HttpRequest.newBuilder(app.uri("/system/console" + path)).timeout(Duration.ofSeconds(30)),
                App.USER, App.PASSWORD).header("Origin", "http://127.0.0.1:" + app.port);
    }

    /** The bundle's id and state ("Active", "Resolved"...), or null if no bundle has that symbolic name. */
    JsonNode bundle(String symbolicName) throws Exception {
        for (JsonNode b : bundles()) {
            if (symbolicName.equals(b.path("symbolicName").asText())) {
                return b;
            }
        }
        return null;
    }

    /** The Bundles page's Stop button. */
    int stop(long id) throws Exception {
        return post("/bundles/" + id, Map.of("action", "stop"));
    }

    JsonNode bundles() throws Exception {
        HttpResponse<String> r = app.send(request("/bundles.json").GET().build());
        if (r.statusCode() != 200) {
            throw new AssertionError("bundles.json answered " + r.statusCode() + ": " + r.body());
        }
        return JSON.readTree(r.body()).path("data");
    }

    int uninstall(long id) throws Exception {
        return post("/bundles/" + id, Map.of("action", "uninstall"));
    }

    /** The console's Install/Update form with a jar, started after the install. */
    int upload(Path jar) throws Exception {
        String boundary = "----focusflow" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Map.Entry<String, String> field : Map.of("action", "install", "bundlestart", "start").entrySet()) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey() + "\"\r\n\r\n"
                    + field.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"bundlefile\"; filename=\""
                + jar.getFileName() + "\"\r\nContent-Type: application/java-archive\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(Files.readAllBytes(jar));
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return app.send(request("/bundles").header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build()).statusCode();
    }

    /** Saves a configuration as the Configuration page's form does. */
    int saveConfiguration(String pid, Map<String, String> properties) throws Exception {
        StringJoiner names = new StringJoiner(",");
        properties.keySet().forEach(names::add);
        Map<String, String> form = new java.util.LinkedHashMap<>(properties);
        form.put("apply", "true");
        form.put("action", "ajaxConfigManager");
        form.put("propertylist", names.toString());
        return post("/configMgr/" + pid, form);
    }

    /** The configuration as the console shows it: its bundle location and properties. */
    JsonNode configuration(String pid) throws Exception {
        HttpResponse<String> r = app.send(request("/configMgr/" + pid).POST(HttpRequest.BodyPublishers.noBody()).build());
        return JSON.readTree(r.body());
    }

    private int post(String path, Map<String, String> form) throws Exception {
        StringJoiner body = new StringJoiner("&");
        form.forEach((k, v) -> body.add(java.net.URLEncoder.encode(k, StandardCharsets.UTF_8) + "="
                + java.net.URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return app.send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build()).statusCode();
    }
}
