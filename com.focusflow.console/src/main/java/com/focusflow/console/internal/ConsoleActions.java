package com.focusflow.console.internal;

import java.util.function.Function;

import com.focusflow.api.FocusFlowException;
import com.focusflow.api.blocking.BlockingStatus;
import com.focusflow.api.session.Session;
import com.focusflow.api.session.SessionType;
import com.focusflow.api.session.StartRequest;

/** The page's actions: start or stop a session, turn blocking on or off. Each returns what it did. */
final class ConsoleActions {

    static final String ACTION = "action";
    static final String START = "start";
    static final String STOP = "stop";
    static final String BLOCKING = "blocking";

    private ConsoleActions() {
    }

    /**
     * @param parameter the request's form parameters by name (null when absent)
     * @throws FocusFlowException {@code INVALID_INPUT} for an unknown action or a bad value, and whatever
     *         the service refuses; {@code UNAVAILABLE} when the service the action needs is not running
     */
    static String apply(ConsoleServices services, Function<String, String> parameter) {
        String action = parameter.apply(ACTION);
        switch (action == null ? "" : action) {
            case START -> {
                StartRequest request = new StartRequest(SessionType.parse(parameter.apply("type")),
                        minutes(parameter.apply("minutes")), "on".equals(parameter.apply("strict")), null);
                Session started = needed(services.sessions(), "sessions").start(request);
                return "Started a " + started.plannedMinutes() + " min " + started.type() + " session.";
            }
            case STOP -> {
                Session ended = needed(services.sessions(), "sessions").end();
                return "Stopped the " + ended.type() + " session.";
            }
            case BLOCKING -> {
                boolean enabled = Boolean.parseBoolean(parameter.apply("enabled"));
                BlockingStatus status = needed(services.blocking(), "blocking").setEnabled(enabled);
                return "Blocking is " + (status.enabled() ? "on" : "off") + ".";
            }
            default -> throw FocusFlowException.invalidInput("unknown action '%s'; allowed: %s, %s, %s", action,
                    START, STOP, BLOCKING);
        }
    }

    private static int minutes(String value) {
        try {
            return Integer.parseInt(value == null ? "" : value.strip());
        } catch (NumberFormatException e) {
            throw FocusFlowException.invalidInput("minutes must be a whole number from %d to %d, was '%s'",
                    StartRequest.MIN_PLANNED_MINUTES, StartRequest.MAX_PLANNED_MINUTES, value);
        }
    }

    private static <T> T needed(T service, String what) {
        if (service == null) {
            throw FocusFlowException.unavailable("%s unavailable right now (the service is not running, e.g. while its "
                    + "bundle is updated); try again in a moment", what);
        }
        return service;
    }
}
