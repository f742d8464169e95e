package com.focusflow.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The shipped jar keeps SPI Fly to SLF4J and Logback (com.focusflow.logging's bundle hooks, docs/decisions.md):
 * SPI Fly registers the ServiceLoader providers of the bundles it processes as services, so Logback's SLF4J
 * provider is there, and none of Jetty's (its field encoders), whose classes SPI Fly no longer re-writes; HTTP
 * is served all the same.
 */
class SpiFlyScopeTest {

    @Test
    void spiFlyServesLoggingAndLeavesJettyAsShipped() throws Exception {
        Path dir = Settings.scratch("spifly");
        try (App app = App.start(dir.resolve("home"), HostsCheck.create(dir)).awaitReady()) {
            HttpResponse<String> r = app.send(App.withBasic(HttpRequest.newBuilder(app.uri("/system/console/services.json"))
                    .timeout(Duration.ofSeconds(30)), App.USER, App.PASSWORD).GET().build());
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);

            List<String> registered = new ArrayList<>();
            for (JsonNode service : Json.parse(r.body()).path("data")) {
                registered.add(service.path("types").toString() + " from " + service.path("bundleSymbolicName").asText());
            }
            assertThat(registered).anyMatch(s -> s.contains("org.slf4j.spi.SLF4JServiceProvider"))
                    .noneMatch(s -> s.contains("HttpFieldPreEncoder"));
            assertThat(app.get("/health").statusCode()).isEqualTo(200);
        }
    }
}
