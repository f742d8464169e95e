package com.focusflow.itest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.common.service.ServiceAware;

import com.focusflow.api.blocking.BlockingService;
import com.focusflow.api.session.SessionService;

/**
 * The FocusFlow page of the Web Console: what it shows, its actions, its protection against cross-site
 * request forgery, and that a missing service makes a section "unavailable" instead of an error.
 */
class ConsoleTest {

    static final String PAGE = "/system/console/focusflow";
    static final Pattern TOKEN = Pattern.compile("name=\"focusflow-token\" value=\"([^\"]+)\"");
    static final Duration TIMEOUT = Duration.ofSeconds(30);

    @InjectBundleContext
    BundleContext context;
    @InjectService(timeout = 30_000)
    ServiceAware<BlockingService> blockingService;
    @InjectService(timeout = 30_000)
    ServiceAware<SessionService> sessionService;

    FocusFlowHttp http;

    @BeforeEach
    void noSession() throws Exception {
        http = FocusFlowHttp.connect(context);
        SessionService sessions = sessions();
        sessions.active().ifPresent(s -> sessions.end());
    }

    @AfterEach
    void cleanUp() throws Exception {
        SessionService sessions = sessions();
        sessions.active().ifPresent(s -> sessions.end());
        Poll.current(blockingService, TIMEOUT).setEnabled(true);
    }

    @Test
    void pageShowsEverySectionInsideTheConsoleAndNeedsCredentials() throws Exception {
        HttpResponse<String> page = awaitPage();
        assertThat(page.body()).contains("<title>").contains("id=\"ff-session\"").contains("No session is running.")
                .contains("id=\"ff-blocking\"").contains("id=\"ff-blocklist\"").contains("id=\"ff-today\"")
                .contains("Productivity score").contains("FocusFlow is <b>UP</b>").contains("bundle com.focusflow.session");
        assertThat(http.send(http.request(PAGE).GET().build()).statusCode()).isEqualTo(401);
    }

    @Test
    void startStopAndBlockingToggleWorkWithThePageToken() throws Exception {
        String token = token(awaitPage().body());

        HttpResponse<String> started = post(form("focusflow-token", token, "action", "start", "type", "focus",
                "minutes", "30"), null);
        assertThat(started.statusCode()).as(started.statusCode() + " " + started.headers().map() + " " + started.body())
                .isEqualTo(303);
        assertThat(sessions().active()).hasValueSatisfying(s -> assertThat(s.plannedMinutes()).isEqualTo(30));
        assertThat(awaitPage().body()).contains("left of 30 min").contains("value=\"stop\"");

        assertThat(post(form("focusflow-token", token, "action", "blocking", "enabled", "false"), null).statusCode())
                .isEqualTo(303);
        assertThat(Poll.current(blockingService, TIMEOUT).isEnabled()).isFalse();
        assertThat(awaitPage().body()).contains("Blocking is <b>off</b>").contains("Turn blocking on");

        assertThat(post(form("focusflow-token", token, "action", "stop"), null).statusCode()).isEqualTo(303);
        assertThat(sessions().active()).isEmpty();
    }

    @Test
    void aCrossSiteFormPostWithoutTheTokenIsRefusedAndChangesNothing() throws Exception {
        awaitPage();
        HttpResponse<String> forged = post(form("action", "start", "type", "focus", "minutes", "30"),
                "https://evil.example");
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.body()).contains("cross-site");
        HttpResponse<String> noToken = post(form("action", "start", "type", "focus", "minutes", "30"), null);
        assertThat(noToken.statusCode()).isEqualTo(403);
        assertThat(noToken.body()).contains("token is missing or stale");
        HttpResponse<String> wrongToken = post(form("focusflow-token", "guess", "action", "stop"), null);
        assertThat(wrongToken.statusCode()).isEqualTo(403);
        assertThat(sessions().active()).isEmpty();
    }

    @Test
    void invalidInputIsRefusedWithTheReason() throws Exception {
        String token = token(awaitPage().body());
        HttpResponse<String> refused = post(form("focusflow-token", token, "action", "start", "type", "focus",
                "minutes", "0"), null);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("Not done:").contains("720");
        assertThat(sessions().active()).isEmpty();
    }

    @Test
    void aMissingServiceShowsUnavailableNotAnError() throws Exception {
        Bundle analytics = Arrays.stream(context.getBundles())
                .filter(b -> "com.focusflow.analytics".equals(b.getSymbolicName())).findFirst().orElseThrow();
        analytics.stop();
        try {
            HttpResponse<String> page = awaitPage();
            assertThat(page.body()).containsPattern("id=\"ff-today\">\\s*<h2>Today</h2>\\s*<p class=\"statline\">"
                    + "unavailable: the service is not running");
            assertThat(page.body()).contains("id=\"ff-session\"").contains("No session is running.");
        } finally {
            analytics.start();
        }
    }

    private HttpResponse<String> awaitPage() throws Exception {
        return Poll.until(TIMEOUT, "the FocusFlow console page", () -> {
            HttpResponse<String> r = http.get(PAGE);
            return r.statusCode() == 200 && r.body().contains("ff-health") ? r : null;
        });
    }

    private HttpResponse<String> post(String body, String origin) throws Exception {
        HttpRequest.Builder request = http.authorized(PAGE).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (origin != null) {
            request.header("Origin", origin);
        }
        return http.send(request.build());
    }

    static String form(String... pairs) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            fields.put(pairs[i], pairs[i + 1]);
        }
        return fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    private static String token(String page) {
        Matcher m = TOKEN.matcher(page);
        assertThat(m.find()).as("the page has a token").isTrue();
        return m.group(1);
    }

    private SessionService sessions() throws Exception {
        return Poll.current(sessionService, TIMEOUT);
    }

}
