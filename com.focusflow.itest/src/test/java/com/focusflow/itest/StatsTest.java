package com.focusflow.itest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.test.common.annotation.InjectService;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.focusflow.api.analytics.AnalyticsService;
import com.focusflow.api.analytics.DailyStats;
import com.focusflow.api.blocking.BlockingTopics;
import com.focusflow.api.session.SessionService;
import com.focusflow.api.session.SessionType;
import com.focusflow.api.session.StartRequest;

/**
 * Analytics in the real framework: APP_BLOCKED events update today's row once per app per minute, a session
 * stopped at once does not count as started, a rebuild of today gives the same row, and the {@code /stats}
 * resources answer in the documented shapes.
 */
class StatsTest {

    static final Duration TIMEOUT = Duration.ofSeconds(20);

    @InjectBundleContext
    BundleContext context;
    @InjectService(timeout = 30_000)
    SessionService sessions;
    @InjectService(timeout = 30_000)
    AnalyticsService analytics;
    @InjectService(timeout = 10_000)
    EventAdmin eventAdmin;

    final ObjectMapper json = new ObjectMapper();
    LocalDate today;

    @BeforeEach
    void noSessionRunning() {
        sessions.active().ifPresent(s -> sessions.end());
        today = LocalDate.now(analytics.zone());
    }

    @Test
    void eventsUpdateTodayOncePerAppPerMinuteAMisClickIsNoSessionAndARebuildGivesTheSameRow() throws Exception {
        DailyStats before = analytics.daily(today);

        sessions.start(StartRequest.of(SessionType.FOCUS, 25));
        sessions.end(); // stopped at once: a mis-click, not a started session

        Instant now = Instant.now();
        for (String app : new String[] { "ffitest", "ffitest", "ffother" }) { // two launches at once, then another app
            eventAdmin.postEvent(new Event(BlockingTopics.APP_BLOCKED,
                    Map.of(BlockingTopics.PROP_NAME, app, BlockingTopics.PROP_PID, 1L, BlockingTopics.PROP_TIME, now)));
        }
        // Analytics handles events in order on one thread: once the last attempt counts, the others were handled.
        DailyStats afterBlock = Poll.until(TIMEOUT, "the blocked attempts counted", () -> {
            DailyStats day = analytics.daily(today);
            return day.blockedAttempts() >= before.blockedAttempts() + 2 ? day : null;
        });
        assertThat(afterBlock.blockedAttempts()).as("ffitest once, ffother once").isEqualTo(before.blockedAttempts() + 2);
        assertThat(afterBlock.sessionsStarted()).as("a session stopped in its first minute").isEqualTo(before.sessionsStarted());

        analytics.rebuild(today.minusDays(1), today);
        assertThat(analytics.daily(today)).isEqualTo(afterBlock);
    }

    @Test
    void theStatsResourcesAnswerInTheDocumentedShapes() throws Exception {
        FocusFlowHttp http = FocusFlowHttp.connect(context);
        HttpResponse<String> daily = http.awaitStatus("/focusflow/api/v1/stats/daily?date=" + today, 200);
        JsonNode day = json.readTree(daily.body());
        assertThat(day.get("date").asText()).isEqualTo(today.toString());
        assertThat(day.fieldNames()).toIterable().containsExactlyInAnyOrder("date", "focusSeconds", "sessionsStarted",
                "sessionsCompleted", "blockedAttempts", "longestSessionSeconds", "score");
        assertThat(day.get("sessionsStarted").asInt()).isEqualTo(analytics.daily(today).sessionsStarted());

        JsonNode week = json.readTree(http.get("/focusflow/api/v1/stats/weekly?end=2026-01-15").body());
        assertThat(week.get("start").asText()).isEqualTo("2026-01-09");
        assertThat(week.get("days")).hasSize(7);
        assertThat(week.has("totalFocusSeconds") && week.has("averageFocusSeconds") && week.has("streakDays")).isTrue();

        JsonNode score = json.readTree(http.get("/focusflow/api/v1/stats/score?date=" + today).body());
        assertThat(score.get("parts")).hasSize(3);
        assertThat(score.get("parts").get(0).fieldNames()).toIterable()
                .containsExactlyInAnyOrder("name", "value", "weight", "explanation");
        assertThat(score.get("score").asInt()).isEqualTo(analytics.score(today).score());

        assertThat(http.get("/focusflow/api/v1/stats/daily?date=yesterday").statusCode()).isEqualTo(400);
        assertThat(http.get("/focusflow/api/v1/stats/monthly").statusCode()).isEqualTo(404);
    }
}
