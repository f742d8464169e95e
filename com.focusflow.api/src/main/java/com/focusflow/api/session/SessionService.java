package com.focusflow.api.session;

import com.focusflow.api.Page;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The session lifecycle. At most one session runs at a time; it ends by itself when its planned time is
 * up (completed), or early through {@link #end()} (not completed). Elapsed time is measured with a
 * monotonic clock and persisted regularly, so changing the system clock neither shortens nor extends a
 * session, and a crash loses at most a few seconds. Every transition posts a {@link SessionTopics} event.
 *
 * <p>All methods may throw {@link com.focusflow.api.FocusFlowException} of kind {@code DATABASE}.
 */
@ProviderType
public interface SessionService {
    /** Default page size of {@link #history}. */
    int DEFAULT_PAGE_SIZE = 50;
    /** Largest page size {@link #history} accepts. */
    int MAX_PAGE_SIZE = 500;

    /**
     * Starts a session and posts {@link SessionTopics#STARTED}.
     *
     * @return the running session
     * @throws com.focusflow.api.FocusFlowException {@code INVALID_INPUT} if the type is missing, the planned
     *         minutes are outside 1..720 or the label is too long; {@code INVALID_SESSION}, naming the
     *         running session, if one is already running (of concurrent starts exactly one wins)
     */
    Session start(StartRequest request);

    /**
     * Ends the running session early and posts {@link SessionTopics#ENDED}.
     *
     * @return the ended session ({@code completed} false unless its time was up)
     * @throws com.focusflow.api.FocusFlowException {@code INVALID_SESSION} if no session runs, or if it is
     *         strict and its planned end has not come (the message says how much time is left)
     */
    Session end();

    /** The running session with its current {@code actualSeconds} and {@code remainingSeconds}, if any. */
    Optional<Session> active();

    /** The session with this id, running or ended; empty if there is none (or {@code id} is null). */
    Optional<Session> get(String id);

    /**
     * A page of sessions that started in {@code [from, to)}, newest first.
     *
     * @param from inclusive lower bound of {@code startTime}, or null for no bound
     * @param to exclusive upper bound of {@code startTime}, or null for no bound
     * @param limit page size, 1..{@value #MAX_PAGE_SIZE}
     * @param offset number of sessions to skip, at least 0
     * @throws com.focusflow.api.FocusFlowException {@code INVALID_INPUT} if limit or offset is out of range
     *         or {@code from} is after {@code to}
     */
    Page<Session> history(Instant from, Instant to, int limit, int offset);

    /**
     * Streams every session whose span {@code [startTime, endTime or now)} overlaps {@code [from, to)},
     * oldest first, one at a time in bounded memory. This is how analytics reads sessions, e.g. to split a
     * session that crosses midnight or to rebuild years of statistics.
     *
     * @param from inclusive start of the range, not null
     * @param to exclusive end of the range, not null
     * @param action receives each session, on the calling thread
     * @throws com.focusflow.api.FocusFlowException {@code INVALID_INPUT} if a bound is null or
     *         {@code from} is after {@code to}
     */
    void forEachOverlapping(Instant from, Instant to, Consumer<? super Session> action);
}
