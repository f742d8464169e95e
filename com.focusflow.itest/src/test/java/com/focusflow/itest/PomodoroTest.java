package com.focusflow.itest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.event.EventHandler;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.common.annotation.Property;
import org.osgi.test.common.annotation.config.WithConfiguration;
import org.osgi.test.common.service.ServiceAware;

import com.focusflow.api.notify.Notification;
import com.focusflow.api.notify.Notifier;
import com.focusflow.api.session.Session;
import com.focusflow.api.session.SessionService;
import com.focusflow.api.session.SessionTopics;
import com.focusflow.api.session.SessionType;

/** With Pomodoro cycles switched on through Config Admin, a focus session that runs out starts the break. */
class PomodoroTest {

    static final String PID = "com.focusflow.session.pomodoro";
    static final String CYCLE = "(&(component.name=com.focusflow.session.internal.PomodoroCycle)(enabled=true))";

    @InjectBundleContext
    BundleContext context;

    @AfterEach
    void reset() throws Exception {
        new SessionDatabase(context).useDefault();
    }

    /** The configuration is put back after the test by @WithConfiguration; the cycle is injected once it uses it. */
    @Test
    @WithConfiguration(pid = PID, location = "?", properties = {
            @Property(key = "enabled", value = "true", scalar = Property.Scalar.Boolean),
            @Property(key = "shortBreakMinutes", value = "3", scalar = Property.Scalar.Integer) })
    void aCompletedFocusSessionStartsTheBreakAndNotifies(
            @InjectService(filter = CYCLE, timeout = 10_000) ServiceAware<EventHandler> cycle) throws Exception {
        assertThat(cycle.getServiceReference().getProperty("shortBreakMinutes")).isEqualTo(3);
        List<Notification> shown = new CopyOnWriteArrayList<>();
        ServiceRegistration<Notifier> notifier = context.registerService(Notifier.class, shown::add, null);

        SessionDatabase db = new SessionDatabase(context);
        Path file = db.newFile("pomodoro");
        long start = Instant.now().minusSeconds(1800).toEpochMilli();
        // A focus session with one second left, as a crash left it: it resumes and runs out by itself.
        db.write(file, 2, "INSERT INTO sessions (id, start_time, planned_duration_minutes, actual_duration_seconds, "
                + "session_type) VALUES ('last-second', " + start + ", 25, 1499, 'focus')");
        try (SessionEvents events = new SessionEvents(context)) {
            SessionService sessions = db.use(file);

            events.await(SessionTopics.ENDED, "last-second", e -> Boolean.TRUE.equals(e.getProperty(SessionTopics.PROP_COMPLETED)));
            Session breakSession = Poll.until(Duration.ofSeconds(10), "the break", () -> sessions.active().orElse(null));
            assertThat(breakSession.type()).isEqualTo(SessionType.BREAK);
            assertThat(breakSession.plannedMinutes()).isEqualTo(3);
            Notification n = Poll.until(Duration.ofSeconds(10), "a notification", () -> shown.isEmpty() ? null : shown.get(0));
            assertThat(n.category()).isEqualTo(Notification.BREAK_REMINDER);
            assertThat(n.message()).contains("Break of 3 min started");
        } finally {
            notifier.unregister();
        }
    }
}
