package com.focusflow.analytics.internal;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.focusflow.api.FocusFlowException;
import com.focusflow.api.analytics.AnalyticsService;
import com.focusflow.api.analytics.AnalyticsTopics;
import com.focusflow.api.analytics.DailyStats;
import com.focusflow.api.analytics.ProductivityScore;
import com.focusflow.api.analytics.WeeklyStats;
import com.focusflow.api.blocking.BlockingTopics;
import com.focusflow.api.session.SessionService;
import com.focusflow.api.session.SessionTopics;
import com.focusflow.persistence.FocusFlowDatabase;
import com.focusflow.persistence.SchemaReady;
import com.focusflow.support.concurrent.OwnThreads;
import com.focusflow.support.log.LogText;

/**
 * The {@link AnalyticsService}, and the event handler that keeps {@code daily_analytics} up to date: a
 * session's end recomputes the days it touched, an imported range is recomputed, a blocked app counts.
 */
@Component(service = { AnalyticsService.class, EventHandler.class }, configurationPid = AnalyticsManager.PID,
        property = { EventConstants.EVENT_TOPIC + "=" + SessionTopics.ENDED,
                EventConstants.EVENT_TOPIC + "=" + SessionTopics.IMPORTED,
                EventConstants.EVENT_TOPIC + "=" + BlockingTopics.APP_BLOCKED })
@Designate(ocd = AnalyticsConfig.class)
public final class AnalyticsManager implements AnalyticsService, EventHandler {

    static final String PID = "com.focusflow.analytics";
    static final String MODULE = "com.focusflow.analytics";

    private static final Logger LOG = LoggerFactory.getLogger(AnalyticsManager.class);

    private final Analytics analytics;
    // Event Admin denylists a handler that takes longer than its timeout; a rebuild after an import may.
    private final ExecutorService worker = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "FocusFlow analytics");
        thread.setDaemon(true);
        return thread;
    });

    @Activate
    public AnalyticsManager(AnalyticsConfig config, @Reference(target = FocusFlowDatabase.TARGET) DataSource database,
            @Reference(target = "(" + SchemaReady.SCHEMA_PROPERTY + "=" + MODULE + ")") SchemaReady schema,
            @Reference SessionService sessions, @Reference EventAdmin eventAdmin) {
        analytics = new Analytics(new AnalyticsStore(database), sessions, zone(config.zone()),
                Math.max(1, Math.min(1440, config.dailyGoalMinutes())), date -> eventAdmin.postEvent(
                        new Event(AnalyticsTopics.UPDATED, Map.of(AnalyticsTopics.PROP_DATE, date))));
    }

    static ZoneId zone(String configured) {
        if (configured == null || configured.isBlank()) {
            return ZoneId.systemDefault();
        }
        try {
            return ZoneId.of(configured.strip());
        } catch (DateTimeException e) {
            LOG.warn("Time zone '{}' is unknown; using the system's ({})", LogText.escape(configured),
                    ZoneId.systemDefault());
            return ZoneId.systemDefault();
        }
    }

    /**
     * A recompute still running finishes before the database it writes can close (it wrote into a closed pool
     * before, and the days it had noted stayed stale).
     */
    @Deactivate
    void deactivate() {
        OwnThreads.stopOrWarn(worker, OwnThreads.PATIENCE, "The statistics worker");
    }

    /**
     * Session ends and imports only note their days; one task recomputes everything noted so far, so a burst
     * of events cannot queue up work faster than it is done.
     */
    @Override
    public void handleEvent(Event event) {
        switch (event.getTopic()) {
            case SessionTopics.ENDED -> recomputeLater(event, SessionTopics.PROP_START_TIME, SessionTopics.PROP_END_TIME);
            case SessionTopics.IMPORTED -> recomputeLater(event, SessionTopics.PROP_FROM, SessionTopics.PROP_TO);
            case BlockingTopics.APP_BLOCKED -> worker.execute(() -> guarded(event.getTopic(), () -> analytics.blockedAttempt(
                    event.getProperty(BlockingTopics.PROP_NAME) instanceof String name ? name : "",
                    event.getProperty(BlockingTopics.PROP_TIME) instanceof Instant time ? time : Instant.now())));
            default -> LOG.debug("Ignored event {}", event.getTopic());
        }
    }

    private void recomputeLater(Event event, String fromProperty, String toProperty) {
        if (event.getProperty(fromProperty) instanceof Instant from && event.getProperty(toProperty) instanceof Instant to
                && analytics.sessionEnded(from, to)) {
            worker.execute(() -> guarded(event.getTopic(), analytics::recomputeDue));
        }
    }

    private static void guarded(String topic, Runnable update) {
        try {
            update.run();
        } catch (FocusFlowException e) {
            LOG.warn("Statistics not updated after {}: {}", topic, e.getMessage());
        }
    }

    static final LocalDate FIRST_DAY = LocalDate.of(1970, 1, 1);
    static final LocalDate LAST_DAY = LocalDate.of(9999, 12, 31);

    @Override
    public ZoneId zone() {
        return analytics.zone();
    }

    @Override
    public DailyStats daily(LocalDate date) {
        return analytics.daily(checked(date));
    }

    @Override
    public WeeklyStats weekly(LocalDate end) {
        return analytics.weekly(checked(end));
    }

    @Override
    public ProductivityScore score(LocalDate date) {
        return analytics.score(checked(date));
    }

    @Override
    public int streak(LocalDate asOf) {
        return analytics.streak(checked(asOf));
    }

    @Override
    public int rebuild(LocalDate from, LocalDate to) {
        return analytics.rebuild(checked(from), checked(to));
    }

    /** Days FocusFlow can have figures for; beyond them the date arithmetic itself would overflow. */
    static LocalDate checked(LocalDate date) {
        if (date != null && (date.isBefore(FIRST_DAY) || date.isAfter(LAST_DAY))) {
            throw FocusFlowException.invalidInput("date must be between %s and %s, was %s", FIRST_DAY, LAST_DAY, date);
        }
        return date;
    }
}
