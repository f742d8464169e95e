package com.focusflow.analytics.internal;

import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.apache.felix.service.command.Descriptor;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.focusflow.api.FocusFlowException;
import com.focusflow.api.analytics.AnalyticsService;
import com.focusflow.api.analytics.DailyStats;
import com.focusflow.api.analytics.ProductivityScore;
import com.focusflow.api.analytics.WeeklyStats;

/**
 * Gogo {@code stats:today}, {@code stats:week} and {@code analytics:rebuild FROM TO}. A mistake the user can
 * fix is printed as one line on the error stream.
 */
@Component(service = StatsCommands.class, property = { "osgi.command.scope=stats", "osgi.command.function=today",
        "osgi.command.function=week" })
public final class StatsCommands {

    private final AnalyticsService analytics;

    @Activate
    public StatsCommands(@Reference AnalyticsService analytics) {
        this.analytics = analytics;
    }

    @Descriptor("today's focus time, sessions, blocked attempts and productivity score with its parts")
    public String today() {
        return run("stats:today", () -> {
            LocalDate today = LocalDate.now(analytics.zone());
            return line(analytics.daily(today)) + System.lineSeparator() + explain(analytics.score(today));
        });
    }

    @Descriptor("the last seven days with totals and the streak")
    public String week() {
        return run("stats:week", () -> {
            WeeklyStats week = analytics.weekly(LocalDate.now(analytics.zone()));
            return week.days().stream().map(StatsCommands::line).collect(Collectors.joining(System.lineSeparator()))
                    + System.lineSeparator() + String.format(Locale.ROOT, "total %s, average %s a day, streak %d days",
                            ScoreFormula.duration(week.totalFocusSeconds()),
                            ScoreFormula.duration(week.averageFocusSeconds()), week.streakDays());
        });
    }

    // Gogo answers a call with the wrong number of arguments with a raw IllegalArgumentException ("Cannot
    // coerce ..."): these overloads take the wrong counts and say what the command expects instead.

    public String today(String extra, String... more) {
        return usage("stats:today", "no arguments");
    }

    public String week(String extra, String... more) {
        return usage("stats:week", "no arguments");
    }

    static String usage(String command, String expected) {
        return run(command, () -> {
            throw FocusFlowException.invalidInput("wrong number of arguments; expected %s", expected);
        });
    }

    static String line(DailyStats d) {
        return String.format(Locale.ROOT, "%s  focus %-12s started %d, completed %d, blocked %d, longest %s, score %d",
                d.date(), ScoreFormula.duration(d.focusSeconds()), d.sessionsStarted(), d.sessionsCompleted(),
                d.blockedAttempts(), ScoreFormula.duration(d.longestSessionSeconds()), d.score());
    }

    static String explain(ProductivityScore score) {
        return "score " + score.score() + " = " + score.parts().stream()
                .map(p -> String.format(Locale.ROOT, "%s %+.1f (%s)", p.name(), p.points(), p.explanation()))
                .collect(Collectors.joining(", "));
    }

    static String run(String command, Supplier<String> action) {
        try {
            return action.get();
        } catch (FocusFlowException e) {
            System.err.println(command + ": " + e.getMessage());
            return null;
        }
    }
}
