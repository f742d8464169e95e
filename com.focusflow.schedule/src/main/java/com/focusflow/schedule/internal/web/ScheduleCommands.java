package com.focusflow.schedule.internal.web;

import java.io.PrintStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.apache.felix.service.command.Descriptor;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.focusflow.api.FocusFlowException;
import com.focusflow.api.schedule.Schedule;
import com.focusflow.api.schedule.ScheduleRequest;
import com.focusflow.api.schedule.ScheduleService;
import com.focusflow.api.schedule.ScheduleWindow;

/**
 * Gogo commands {@code schedule:add}, {@code schedule:list}, {@code schedule:remove}, {@code schedule:skip}. A
 * mistake the user can fix is printed as one line on the error stream, never as a stack trace.
 */
@Component(service = ScheduleCommands.class, property = { "osgi.command.scope=schedule", "osgi.command.function=add",
        "osgi.command.function=list", "osgi.command.function=remove", "osgi.command.function=skip" })
public final class ScheduleCommands {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.ENGLISH);

    private final ScheduleService schedules;

    @Activate
    public ScheduleCommands(@Reference ScheduleService schedules) {
        this.schedules = schedules;
    }

    @Descriptor("add a weekly schedule, e.g. schedule:add \"Deep work\" MONDAY,TUESDAY 09:00 12:00 block")
    public String add(@Descriptor("name, quoted if it has spaces") String name,
            @Descriptor("days, comma-separated: MONDAY,...,SUNDAY") String days, @Descriptor("start HH:MM") String start,
            @Descriptor("end HH:MM (earlier than start: the next day)") String end, @Descriptor("block or focus") String action) {
        return run("schedule:add", () -> "added " + line(schedules.add(request(name, days, start, end, action, false))));
    }

    @Descriptor("add a strict weekly schedule: while its window is open it cannot be disabled, deleted, shortened or skipped")
    public String add(@Descriptor("name") String name, @Descriptor("days, comma-separated") String days,
            @Descriptor("start HH:MM") String start, @Descriptor("end HH:MM") String end,
            @Descriptor("block or focus") String action, @Descriptor("--strict") String strict) {
        return run("schedule:add", () -> {
            if (!strict.equals("--strict")) {
                throw FocusFlowException.invalidInput("expected --strict after the action, got '%s'", strict);
            }
            return "added " + line(schedules.add(request(name, days, start, end, action, true)));
        });
    }

    @Descriptor("list the schedules and the next window")
    public String list() {
        return run("schedule:list", () -> {
            List<Schedule> all = schedules.list();
            if (all.isEmpty()) {
                return "No schedules; add one with schedule:add \"Deep work\" MONDAY,TUESDAY 09:00 12:00 block";
            }
            String lines = all.stream().map(ScheduleCommands::line).collect(Collectors.joining(System.lineSeparator()));
            return lines + System.lineSeparator() + schedules.next().map(w -> window(w, schedules.zone())).orElse("no window in the next week");
        });
    }

    @Descriptor("delete a schedule by id (see schedule:list); refused while a strict schedule's window is open")
    public String remove(@Descriptor("schedule id") String id) {
        return run("schedule:remove", () -> "removed " + line(schedules.remove(id)));
    }

    @Descriptor("skip a schedule's open window, or else its next one (not for strict schedules)")
    public String skip(@Descriptor("schedule id") String id) {
        return run("schedule:skip", () -> {
            Schedule s = schedules.skipNext(id);
            return "skipping the window of '" + s.name() + "' that opens at " + WHEN.format(s.skipped().atZone(schedules.zone()));
        });
    }

    // Gogo answers a call with the wrong number of arguments with a raw IllegalArgumentException ("Cannot
    // coerce ..."): these overloads take the wrong counts and say what the command expects instead.

    private static final String ADD_USAGE = "NAME DAYS START END block|focus [--strict]";

    public String add() {
        return usage("schedule:add", ADD_USAGE);
    }

    public String add(String a) {
        return add();
    }

    public String add(String a, String b) {
        return add();
    }

    public String add(String a, String b, String c) {
        return add();
    }

    public String add(String a, String b, String c, String d) {
        return add();
    }

    public String add(String a, String b, String c, String d, String e, String f, String g, String... more) {
        return add();
    }

    public String list(String extra, String... more) {
        return usage("schedule:list", "no arguments");
    }

    public String remove() {
        return usage("schedule:remove", "ID");
    }

    public String remove(String id, String extra, String... more) {
        return remove();
    }

    public String skip() {
        return usage("schedule:skip", "ID");
    }

    public String skip(String id, String extra, String... more) {
        return skip();
    }

    private static String usage(String command, String expected) {
        return run(command, () -> {
            throw FocusFlowException.invalidInput("wrong number of arguments; expected %s", expected);
        });
    }

    private static ScheduleRequest request(String name, String days, String start, String end, String action, boolean strict) {
        return new ScheduleRequest(name, Arrays.asList(days.split(",")), start, end, action, strict, true);
    }

    static String line(Schedule s) {
        String days = s.days().stream().map(d -> d.name().substring(0, 3)).collect(Collectors.joining(","));
        return String.format(Locale.ROOT, "%-36s %-24s %-27s %s-%s %-5s%s%s", s.id(), s.name(), days, s.start(), s.end(),
                s.action(), s.strict() ? " strict" : "", s.enabled() ? "" : " disabled");
    }

    private static String window(ScheduleWindow w, ZoneId zone) {
        String names = w.schedules().stream().map(ScheduleWindow.Ref::name).collect(Collectors.joining(", "));
        return (w.open() ? "open now until " + WHEN.format(w.end().atZone(zone))
                : "next window " + WHEN.format(w.start().atZone(zone)) + " to " + WHEN.format(w.end().atZone(zone)))
                + " (" + names + ")";
    }

    /** The command's output, or null after printing the error for the user. */
    private static String run(String command, Supplier<String> action) {
        try {
            return action.get();
        } catch (FocusFlowException e) {
            PrintStream err = System.err;
            err.println(command + ": " + e.getMessage());
            return null;
        }
    }
}
