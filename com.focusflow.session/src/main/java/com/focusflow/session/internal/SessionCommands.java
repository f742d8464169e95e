package com.focusflow.session.internal;

import java.io.PrintStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.StringJoiner;

import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.Parameter;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.focusflow.api.FocusFlowException;
import com.focusflow.api.Page;
import com.focusflow.api.session.Session;
import com.focusflow.api.session.SessionService;
import com.focusflow.api.session.SessionType;
import com.focusflow.api.session.StartRequest;

/**
 * Gogo commands {@code focus:start [type] [minutes] [--strict]}, {@code focus:stop}, {@code focus:status},
 * {@code focus:history [n]}. A mistake the user can fix is printed as one line on the error stream, never
 * as a stack trace.
 */
@Component(service = SessionCommands.class, property = {
    "osgi.command.scope=focus",
    "osgi.command.function=start",
    "osgi.command.function=stop",
    "osgi.command.function=status",
    "osgi.command.function=history"
})
public final class SessionCommands {

    static final int DEFAULT_HISTORY = 10;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    private final SessionService sessions;
    private final ZoneId zone;

    @Activate
    public SessionCommands(@Reference SessionService sessions) {
        this(sessions, ZoneId.systemDefault());
    }

    SessionCommands(SessionService sessions, ZoneId zone) {
        this.sessions = sessions;
        this.zone = zone;
    }

    @Descriptor("start a 25 min focus session")
    public String start(@Descriptor("refuse to stop before the planned end") @Parameter(names = { "-s", "--strict" },
            presentValue = "true", absentValue = "false") boolean strict) {
        return start(strict, SessionType.FOCUS.value());
    }

    @Descriptor("start a 25 min session of a type")
    public String start(@Descriptor("refuse to stop before the planned end") @Parameter(names = { "-s", "--strict" },
            presentValue = "true", absentValue = "false") boolean strict,
            @Descriptor("focus, break or custom") String type) {
        return start(strict, type, Integer.toString(StartRequest.DEFAULT_PLANNED_MINUTES));
    }

    @Descriptor("start a session")
    public String start(@Descriptor("refuse to stop before the planned end") @Parameter(names = { "-s", "--strict" },
            presentValue = "true", absentValue = "false") boolean strict,
            @Descriptor("focus, break or custom") String type,
            @Descriptor("planned minutes, 1..720") String minutes) {
        return run("focus:start", () -> {
            Session s = sessions.start(new StartRequest(SessionType.parse(type), minutes(minutes), strict, null));
            return "Started " + SessionRules.describe(s) + (s.strict() ? ", strict" : "") + "; it ends in "
                    + Durations.format(s.remainingSeconds()) + ".";
        });
    }

    @Descriptor("end the running session")
    public String stop() {
        return run("focus:stop", () -> {
            Session s = sessions.end();
            return "Ended " + SessionRules.describe(s) + " after " + Durations.format(s.actualSeconds())
                    + (s.completed() ? ", completed." : ", before its planned end.");
        });
    }

    @Descriptor("show the running session")
    public String status() {
        return run("focus:status", () -> sessions.active()
                .map(s -> SessionRules.describe(s) + (s.strict() ? ", strict" : "") + ": " + Durations.format(s.actualSeconds())
                        + " elapsed, " + Durations.format(s.remainingSeconds()) + " left.")
                .orElse("No session is running."));
    }

    @Descriptor("list the last 10 sessions, newest first")
    public String history() {
        return history(Integer.toString(DEFAULT_HISTORY));
    }

    @Descriptor("list the last sessions, newest first")
    public String history(@Descriptor("how many, 1..500") String count) {
        return run("focus:history", () -> {
            int n = number("count", count, 1, SessionService.MAX_PAGE_SIZE);
            Page<Session> page = sessions.history(null, null, n, 0);
            if (page.items().isEmpty()) {
                return "No sessions yet.";
            }
            StringJoiner lines = new StringJoiner(System.lineSeparator());
            lines.add(String.format(Locale.ROOT, "%-16s  %-6s  %8s  %-14s  %s", "started", "type", "planned", "actual", "result"));
            for (Session s : page.items()) {
                lines.add(String.format(Locale.ROOT, "%-16s  %-6s  %8s  %-14s  %s", WHEN.format(s.startTime().atZone(zone)),
                        s.type(), s.plannedMinutes() + " min", Durations.format(s.actualSeconds()), result(s)));
            }
            lines.add(page.items().size() + " of " + page.total() + " sessions.");
            return lines.toString();
        });
    }

    // Gogo answers a call with the wrong number of arguments with a raw IllegalArgumentException ("Cannot
    // coerce ..."): these overloads take the wrong counts and say what the command expects instead.

    public String start(@Parameter(names = { "-s", "--strict" }, presentValue = "true", absentValue = "false") boolean strict,
            String type, String minutes, String extra, String... more) {
        return usage("focus:start", "[focus|break|custom] [minutes] [--strict]");
    }

    public String stop(String extra, String... more) {
        return usage("focus:stop", "no arguments");
    }

    public String status(String extra, String... more) {
        return usage("focus:status", "no arguments");
    }

    public String history(String count, String extra, String... more) {
        return usage("focus:history", "[count]");
    }

    private static String usage(String command, String expected) {
        return run(command, () -> {
            throw FocusFlowException.invalidInput("wrong number of arguments; expected %s", expected);
        });
    }

    private static String result(Session s) {
        if (s.active()) {
            return "running";
        }
        return s.completed() ? "completed" : "ended early";
    }

    private static int minutes(String text) {
        return number("minutes", text, StartRequest.MIN_PLANNED_MINUTES, StartRequest.MAX_PLANNED_MINUTES);
    }

    private static int number(String name, String text, int min, int max) {
        try {
            int value = Integer.parseInt(text.strip());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw FocusFlowException.invalidInput("%s must be a whole number %d..%d, was '%s'", name, min, max, text);
    }

    private interface Action {
        String call();
    }

    /** The command's output, or null after printing the error for the user. */
    private static String run(String command, Action action) {
        try {
            return action.call();
        } catch (FocusFlowException e) {
            PrintStream err = System.err;
            err.println(command + ": " + e.getMessage());
            return null;
        }
    }
}
