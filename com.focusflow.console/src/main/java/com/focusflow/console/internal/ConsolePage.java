package com.focusflow.console.internal;

import java.time.LocalDate;
import java.util.Optional;

import com.focusflow.api.analytics.AnalyticsService;
import com.focusflow.api.analytics.DailyStats;
import com.focusflow.api.blocking.BlockListService;
import com.focusflow.api.schedule.Schedule;
import com.focusflow.api.schedule.ScheduleService;
import com.focusflow.api.schedule.ScheduleWindow;
import com.focusflow.api.blocking.BlockedItem;
import com.focusflow.api.blocking.BlockerHealth;
import com.focusflow.api.blocking.BlockingService;
import com.focusflow.api.blocking.BlockingStatus;
import com.focusflow.api.health.HealthItem;
import com.focusflow.api.health.HealthReport;
import com.focusflow.api.health.HealthService;
import com.focusflow.api.session.Session;
import com.focusflow.api.session.SessionService;
import com.focusflow.api.session.SessionType;
import com.focusflow.api.session.StartRequest;

/**
 * The FocusFlow page inside the Web Console's frame: session, blocking, block list, today and health. A
 * missing service, or one that fails, makes its section say "unavailable"; the rest of the page still
 * renders. Every value from the services is encoded ({@link Html}).
 */
final class ConsolePage {

    private final ConsoleServices services;
    private final String formTarget;
    private final String token;
    private final StringBuilder out = new StringBuilder(4096);

    private ConsolePage(ConsoleServices services, String formTarget, String token) {
        this.services = services;
        this.formTarget = formTarget;
        this.token = token;
    }

    /** The page's HTML; its forms post to {@code formTarget} with {@code token}. */
    static String render(ConsoleServices services, String formTarget, String token) {
        ConsolePage page = new ConsolePage(services, formTarget, token);
        page.section("ff-session", "Session", services.sessions(), page::session);
        page.section("ff-blocking", "Blocking", services.blocking(), page::blocking);
        page.section("ff-blocklist", "Block list", services.blockList(), page::blockList);
        page.section("ff-schedules", "Schedules", services.schedules(), page::schedules);
        page.section("ff-today", "Today", services.analytics(), page::today);
        page.section("ff-health", "Health", services.health(), page::health);
        return page.out.toString();
    }

    private interface Part<T> {
        void render(T service);
    }

    private <T> void section(String id, String title, T service, Part<T> part) {
        out.append("<div id=\"").append(id).append("\">\n<h2>").append(title).append("</h2>\n");
        int start = out.length();
        try {
            if (service == null) {
                unavailable("the service is not running");
            } else {
                part.render(service);
            }
        } catch (RuntimeException e) {
            out.setLength(start);
            unavailable(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
        out.append("</div>\n");
    }

    private void unavailable(String why) {
        out.append("<p class=\"statline\">unavailable: ").append(Html.text(why)).append("</p>\n");
    }

    private void session(SessionService sessions) {
        Optional<Session> active = sessions.active();
        if (active.isPresent()) {
            Session s = active.get();
            out.append("<p class=\"statline\">").append(Html.text(capitalized(s.type()))).append(" session, <b>")
                    .append(clock(s.remainingSeconds() == null ? 0 : s.remainingSeconds())).append("</b> left of ")
                    .append(s.plannedMinutes()).append(" min").append(s.strict() ? " (strict)" : "")
                    .append(s.label() == null ? "" : ", " + Html.text(s.label())).append("; started ")
                    .append(Html.text(s.startTime())).append("</p>\n");
            form(ConsoleActions.STOP, "", "Stop session");
        } else {
            out.append("<p class=\"statline\">No session is running.</p>\n");
            StringBuilder fields = new StringBuilder("<select name=\"type\">");
            for (SessionType type : SessionType.values()) {
                fields.append("<option value=\"").append(type.value()).append("\">").append(type.value()).append("</option>");
            }
            fields.append("</select> <input type=\"number\" name=\"minutes\" min=\"").append(StartRequest.MIN_PLANNED_MINUTES)
                    .append("\" max=\"").append(StartRequest.MAX_PLANNED_MINUTES).append("\" value=\"")
                    .append(StartRequest.DEFAULT_PLANNED_MINUTES).append("\"> min <label><input type=\"checkbox\" "
                            + "name=\"strict\"> strict</label> ");
            form(ConsoleActions.START, fields.toString(), "Start session");
        }
    }

    private void blocking(BlockingService blocking) {
        BlockingStatus status = blocking.status();
        out.append("<p class=\"statline\">Blocking is <b>").append(status.enabled() ? "on" : "off").append("</b>, ")
                .append(status.engaged() ? "engaged (" + reasons(status) + ")" : "not engaged").append("</p>\n");
        form(ConsoleActions.BLOCKING, "<input type=\"hidden\" name=\"enabled\" value=\"" + !status.enabled() + "\">",
                status.enabled() ? "Turn blocking off" : "Turn blocking on");
        out.append("<table class=\"nicetable\"><thead><tr><th>Blocker</th><th>Health</th><th>Route</th><th>Message</th></tr></thead><tbody>\n");
        for (BlockerHealth b : status.blockers()) {
            row(b.name(), b.health(), b.route() == null ? "" : b.route(), b.message() == null ? "" : b.message());
        }
        out.append("</tbody></table>\n");
    }

    private void blockList(BlockListService blockList) {
        var items = blockList.list();
        if (items.isEmpty()) {
            out.append("<p class=\"statline\">The block list is empty.</p>\n");
            return;
        }
        out.append("<table class=\"nicetable\"><thead><tr><th>Id</th><th>Type</th><th>Value</th><th>State</th></tr></thead><tbody>\n");
        for (BlockedItem item : items) {
            row(item.id(), item.type(), item.value(), item.enabled() ? "blocked" : "removed");
        }
        out.append("</tbody></table>\n");
    }

    private static String reasons(BlockingStatus status) {
        return status.reasons().isEmpty() ? "a session runs" : status.reasons().stream()
                .map(r -> Html.text(r.source() + " " + r.name())).collect(java.util.stream.Collectors.joining(", "));
    }

    private void schedules(ScheduleService schedules) {
        var all = schedules.list();
        if (all.isEmpty()) {
            out.append("<p class=\"statline\">No schedules.</p>\n");
            return;
        }
        java.time.format.DateTimeFormatter when = java.time.format.DateTimeFormatter.ofPattern("EEE HH:mm", java.util.Locale.ENGLISH)
                .withZone(schedules.zone());
        schedules.next().ifPresent(w -> out.append("<p class=\"statline\">").append(w.open() ? "Open now until " : "Next: ")
                .append(Html.text(when.format(w.open() ? w.end() : w.start()))).append(" (")
                .append(Html.text(w.schedules().stream().map(ScheduleWindow.Ref::name).toList().toString())).append(")</p>\n"));
        out.append("<table class=\"nicetable\"><thead><tr><th>Name</th><th>Days</th><th>Time (").append(Html.text(schedules.zone()))
                .append(")</th><th>Action</th><th>State</th></tr></thead><tbody>\n");
        for (Schedule s : all) {
            row(s.name(), s.days().stream().map(d -> d.name().substring(0, 3)).toList(), s.start() + "-" + s.end(),
                    s.action() + (s.strict() ? ", strict" : ""), s.enabled() ? "enabled" : "disabled");
        }
        out.append("</tbody></table>\n");
    }

    private void today(AnalyticsService analytics) {
        DailyStats d = analytics.daily(LocalDate.now(analytics.zone()));
        out.append("<table class=\"nicetable\"><tbody>\n");
        row("Date", d.date() + " (" + analytics.zone() + ")");
        row("Focus time", clock(d.focusSeconds()));
        row("Sessions started / completed", d.sessionsStarted() + " / " + d.sessionsCompleted());
        row("Blocked app attempts", d.blockedAttempts());
        row("Longest session", clock(d.longestSessionSeconds()));
        row("Productivity score", d.score() + " / 100");
        out.append("</tbody></table>\n");
    }

    private void health(HealthService health) {
        HealthReport report = health.report();
        out.append("<p class=\"statline\">FocusFlow is <b>").append(report.status()).append("</b></p>\n");
        out.append("<table class=\"nicetable\"><thead><tr><th>Part</th><th>Status</th><th>Message</th></tr></thead><tbody>\n");
        for (HealthItem item : report.items()) {
            row(item.name(), item.status(), item.message() == null ? "" : item.message());
        }
        out.append("</tbody></table>\n");
    }

    private void form(String action, String fields, String button) {
        out.append("<form method=\"post\" action=\"").append(Html.attribute(formTarget)).append("\">")
                .append("<input type=\"hidden\" name=\"").append(CsrfToken.FIELD).append("\" value=\"")
                .append(Html.attribute(token)).append("\"><input type=\"hidden\" name=\"").append(ConsoleActions.ACTION)
                .append("\" value=\"").append(action).append("\">").append(fields)
                .append("<button type=\"submit\" class=\"ui-state-default ui-corner-all\">").append(button)
                .append("</button></form>\n");
    }

    private void row(Object... cells) {
        out.append("<tr>");
        for (Object cell : cells) {
            out.append("<td>").append(Html.text(cell)).append("</td>");
        }
        out.append("</tr>\n");
    }

    /** Seconds as h:mm:ss, or m:ss under an hour. */
    static String clock(long seconds) {
        long s = Math.max(0, seconds);
        return s >= 3600 ? String.format("%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format("%d:%02d", s / 60, s % 60);
    }

    private static String capitalized(SessionType type) {
        return Character.toUpperCase(type.value().charAt(0)) + type.value().substring(1);
    }
}
