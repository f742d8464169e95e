package com.focusflow.analytics.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.apache.felix.service.command.Descriptor;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.focusflow.api.FocusFlowException;
import com.focusflow.api.analytics.AnalyticsService;

/** Gogo {@code analytics:rebuild FROM TO}: recomputes the stored days from the session history. */
@Component(service = RebuildCommand.class, property = { "osgi.command.scope=analytics",
        "osgi.command.function=rebuild" })
public final class RebuildCommand {

    private final AnalyticsService analytics;

    @Activate
    public RebuildCommand(@Reference AnalyticsService analytics) {
        this.analytics = analytics;
    }

    @Descriptor("recompute the statistics of FROM..TO (inclusive) from the session history")
    public String rebuild(@Descriptor("first day, e.g. 2026-01-01") String from,
            @Descriptor("last day, e.g. 2026-01-31") String to) {
        return StatsCommands.run("analytics:rebuild", () -> {
            int rows = analytics.rebuild(date(from, "FROM"), date(to, "TO"));
            return "rebuilt " + from + ".." + to + ": " + rows + " day rows changed";
        });
    }

    // Gogo answers a call with the wrong number of arguments with a raw IllegalArgumentException ("Cannot
    // coerce ..."): these overloads take the wrong counts and say what the command expects instead.

    public String rebuild() {
        return StatsCommands.usage("analytics:rebuild", "FROM TO, e.g. 2026-01-01 2026-01-31");
    }

    public String rebuild(String only) {
        return rebuild();
    }

    public String rebuild(String from, String to, String extra, String... more) {
        return rebuild();
    }

    private static LocalDate date(String text, String name) {
        try {
            return LocalDate.parse(text == null ? "" : text.strip());
        } catch (DateTimeParseException e) {
            throw FocusFlowException.invalidInput("%s '%s' is not a date like 2026-01-31", name, text);
        }
    }
}
