package com.focusflow.session.internal;

import java.time.Instant;

import com.focusflow.api.FocusFlowException;
import com.focusflow.api.session.Session;
import com.focusflow.api.session.SessionService;
import com.focusflow.api.session.StartRequest;

/** What the session service accepts, and how it says no. Checked before anything changes. */
final class SessionRules {

    private SessionRules() {
    }

    /** The request with its label normalized (stripped, blank as null). */
    static StartRequest validStart(StartRequest request) {
        if (request == null) {
            throw FocusFlowException.invalidInput("a start request is required: type, plannedMinutes, strict");
        }
        if (request.type() == null) {
            throw FocusFlowException.invalidInput("type is required; allowed: focus, break, custom");
        }
        int minutes = request.plannedMinutes();
        if (minutes < StartRequest.MIN_PLANNED_MINUTES || minutes > StartRequest.MAX_PLANNED_MINUTES) {
            throw FocusFlowException.invalidInput("plannedMinutes must be %d..%d, was %d", StartRequest.MIN_PLANNED_MINUTES,
                    StartRequest.MAX_PLANNED_MINUTES, minutes);
        }
        return new StartRequest(request.type(), minutes, request.strict(), validLabel(request.label()));
    }

    /** The label stripped, blank as null. */
    static String validLabel(String label) {
        if (label == null || label.isBlank()) {
            return null;
        }
        String stripped = label.strip();
        if (stripped.length() > StartRequest.MAX_LABEL_LENGTH) {
            throw FocusFlowException.invalidInput("label must be at most %d characters, was %d",
                    StartRequest.MAX_LABEL_LENGTH, stripped.length());
        }
        if (stripped.chars().anyMatch(Character::isISOControl)) {
            throw FocusFlowException.invalidInput("label must not contain control characters such as line breaks");
        }
        return stripped;
    }

    /** Offset plus page size must fit an int: JPA adds them, and an overflow made SQLite fail. */
    static final int MAX_OFFSET = Integer.MAX_VALUE - SessionService.MAX_PAGE_SIZE;

    static void checkPage(Instant from, Instant to, int limit, int offset) {
        if (limit < 1 || limit > SessionService.MAX_PAGE_SIZE) {
            throw FocusFlowException.invalidInput("limit must be 1..%d, was %d", SessionService.MAX_PAGE_SIZE, limit);
        }
        if (offset < 0 || offset > MAX_OFFSET) {
            throw FocusFlowException.invalidInput("offset must be 0..%d, was %d", MAX_OFFSET, offset);
        }
        checkRange(from, to);
    }

    static void checkOverlapRange(Instant from, Instant to) {
        if (from == null || to == null) {
            throw FocusFlowException.invalidInput("from and to are both required");
        }
        checkRange(from, to);
    }

    private static void checkRange(Instant from, Instant to) {
        if (from != null && to != null && from.isAfter(to)) {
            throw FocusFlowException.invalidInput("from (%s) must not be after to (%s)", from, to);
        }
    }

    static FocusFlowException alreadyRunning(Session running) {
        return FocusFlowException.invalidSession("%s is already running (%s left); end it before starting another",
                describe(running), Durations.format(running.remainingSeconds()));
    }

    static FocusFlowException noneRunning() {
        return FocusFlowException.invalidSession("no session is running");
    }

    static FocusFlowException strictNotOver(Session running) {
        return FocusFlowException.invalidSession("%s is strict and cannot be ended before its planned end: %s left",
                describe(running), Durations.format(running.remainingSeconds()));
    }

    /** E.g. {@code focus session 3f2a9c1e (25 min)}. */
    static String describe(Session session) {
        return session.type() + " session " + shortId(session.id()) + " (" + session.plannedMinutes() + " min)";
    }

    static String shortId(String id) {
        return id.length() > 8 ? id.substring(0, 8) : id;
    }
}
