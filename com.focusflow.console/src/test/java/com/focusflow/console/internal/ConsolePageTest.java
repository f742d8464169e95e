package com.focusflow.console.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import com.focusflow.api.FocusFlowException;
import com.focusflow.api.analytics.AnalyticsService;
import com.focusflow.api.analytics.DailyStats;
import com.focusflow.api.blocking.BlockListService;
import com.focusflow.api.blocking.BlockedItem;
import com.focusflow.api.blocking.BlockerHealth;
import com.focusflow.api.blocking.BlockingService;
import com.focusflow.api.blocking.BlockingStatus;
import com.focusflow.api.blocking.ItemType;
import com.focusflow.api.health.HealthItem;
import com.focusflow.api.health.HealthReport;
import com.focusflow.api.health.HealthService;
import com.focusflow.api.health.HealthStatus;
import com.focusflow.api.session.Session;
import com.focusflow.api.session.SessionService;
import com.focusflow.api.session.SessionType;

class ConsolePageTest {

    static final String TOKEN = "t0k3n";

    @Test
    void showsTheRunningSessionBlockingBlockListTodayAndHealth() {
        SessionService sessions = mock(SessionService.class);
        when(sessions.active()).thenReturn(Optional.of(new Session("id", SessionType.FOCUS,
                Instant.parse("2026-01-15T09:00:00Z"), null, 25, 100, 1400L, false, true, null)));
        BlockingService blocking = mock(BlockingService.class);
        when(blocking.status()).thenReturn(new BlockingStatus(true, true, List.of(BlockerHealth.up("blocking.apps"),
                new BlockerHealth("blocking.hosts", HealthStatus.DEGRADED, "no permission", "none"))));
        BlockListService blockList = mock(BlockListService.class);
        when(blockList.list()).thenReturn(List.of(new BlockedItem("1", ItemType.WEBSITE, "youtube.com", true, Instant.EPOCH)));
        AnalyticsService analytics = mock(AnalyticsService.class);
        when(analytics.zone()).thenReturn(ZoneOffset.UTC);
        when(analytics.daily(LocalDate.now(ZoneOffset.UTC)))
                .thenReturn(new DailyStats(LocalDate.now(ZoneOffset.UTC), 5400, 3, 2, 1, 3000, 69));
        HealthService health = mock(HealthService.class);
        when(health.report()).thenReturn(HealthReport.of(List.of(HealthItem.up("sessions"))));

        String page = ConsolePage.render(new ConsoleServices(sessions, blocking, blockList, analytics, health),
                "/system/console/focusflow", TOKEN);

        assertThat(page).contains("Focus session, <b>23:20</b> left of 25 min (strict)")
                .contains("value=\"" + TOKEN + "\"").contains("value=\"stop\"")
                .contains("Blocking is <b>on</b>, engaged").contains("Turn blocking off")
                .contains("<td>blocking.hosts</td><td>DEGRADED</td><td>none</td><td>no permission</td>")
                .contains("<td>youtube.com</td>").contains("<td>1:30:00</td>").contains("69 / 100")
                .contains("FocusFlow is <b>UP</b>");
    }

    @Test
    void aMissingOrFailingServiceMakesOnlyItsSectionUnavailable() {
        SessionService sessions = mock(SessionService.class);
        when(sessions.active()).thenThrow(FocusFlowException.database(null, "The session database is still opening"));

        String page = ConsolePage.render(new ConsoleServices(sessions, null, null, null, null), "/c/focusflow", TOKEN);

        assertThat(page).contains("unavailable: The session database is still opening")
                .contains("<h2>Blocking</h2>\n<p class=\"statline\">unavailable: the service is not running</p>")
                .doesNotContain("<form");
    }

    @Test
    void everythingFromTheServicesIsEncodedIncludingConsoleVariables() {
        BlockListService blockList = mock(BlockListService.class);
        when(blockList.list()).thenReturn(List.of(new BlockedItem("<i>", ItemType.APP, "<script>alert(1)</script>${appRoot}",
                true, Instant.EPOCH)));
        HealthService health = mock(HealthService.class);
        when(health.report()).thenReturn(HealthReport.of(List.of(new HealthItem("x\"><b>", HealthStatus.DOWN, "a & b"))));

        SessionService sessions = mock(SessionService.class);
        when(sessions.active()).thenReturn(Optional.empty());

        String page = ConsolePage.render(new ConsoleServices(sessions, null, blockList, null, health),
                "/c/focusflow\"><script>", TOKEN);

        assertThat(page).doesNotContain("<script>").doesNotContain("${").doesNotContain("<i>").contains("No session is running.")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;&#36;{appRoot}").contains("a &amp; b")
                .contains("action=\"/c/focusflow&#34;>&lt;script>\"");
    }

    @Test
    void clockShowsMinutesOrHours() {
        assertThat(ConsolePage.clock(0)).isEqualTo("0:00");
        assertThat(ConsolePage.clock(1499)).isEqualTo("24:59");
        assertThat(ConsolePage.clock(3600 + 61)).isEqualTo("1:01:01");
        assertThat(ConsolePage.clock(-5)).isEqualTo("0:00");
    }

    @Test
    void listsTheSchedulesAndWhyBlockingIsEngaged() {
        BlockingService blocking = mock(BlockingService.class);
        when(blocking.status()).thenReturn(new BlockingStatus(true, true, List.of(), List.of(
                new com.focusflow.api.blocking.BlockingReason("schedule", "Deep <work>", Instant.EPOCH, false))));
        com.focusflow.api.schedule.ScheduleService schedules = mock(com.focusflow.api.schedule.ScheduleService.class);
        com.focusflow.api.schedule.Schedule deep = new com.focusflow.api.schedule.Schedule("s1", "Deep <work>",
                List.of(java.time.DayOfWeek.MONDAY, java.time.DayOfWeek.TUESDAY), java.time.LocalTime.of(9, 0),
                java.time.LocalTime.of(12, 0), com.focusflow.api.schedule.ScheduleAction.BLOCK, true, true, Instant.EPOCH, null);
        when(schedules.list()).thenReturn(List.of(deep));
        when(schedules.zone()).thenReturn(ZoneOffset.UTC);
        when(schedules.next()).thenReturn(Optional.of(new com.focusflow.api.schedule.ScheduleWindow(
                Instant.parse("2026-01-05T09:00:00Z"), Instant.parse("2026-01-05T12:00:00Z"), true,
                List.of(new com.focusflow.api.schedule.ScheduleWindow.Ref("s1", "Deep <work>",
                        com.focusflow.api.schedule.ScheduleAction.BLOCK, true)))));

        String page = ConsolePage.render(new ConsoleServices(null, blocking, null, null, null, schedules), "/c/focusflow", TOKEN);

        assertThat(page).contains("engaged (schedule Deep &lt;work&gt;)").contains("Open now until Mon 12:00")
                .contains("<td>Deep &lt;work&gt;</td><td>[MON, TUE]</td><td>09:00-12:00</td><td>block, strict</td><td>enabled</td>")
                .doesNotContain("<work>");
    }
}
