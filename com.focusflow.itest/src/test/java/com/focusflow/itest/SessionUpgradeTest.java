package com.focusflow.itest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.test.common.annotation.InjectBundleContext;

import com.focusflow.api.Page;
import com.focusflow.api.session.Session;
import com.focusflow.api.session.SessionService;
import com.focusflow.api.session.SessionType;

/** A database written by the first schema version is upgraded in place, every row kept. */
class SessionUpgradeTest {

    @InjectBundleContext
    BundleContext context;

    @AfterAll
    static void defaultDatabase(@InjectBundleContext BundleContext context) throws Exception {
        new SessionDatabase(context).useDefault();
    }

    @Test
    void aFirstVersionDatabaseKeepsEveryRow() throws Exception {
        SessionDatabase db = new SessionDatabase(context);
        Path file = db.newFile("v1");
        long day = Instant.parse("2025-12-01T08:00:00Z").toEpochMilli();
        StringBuilder rows = new StringBuilder("INSERT INTO sessions VALUES ");
        for (int i = 0; i < 100; i++) {
            long start = day + i * 3_600_000L;
            String type = i % 3 == 0 ? "break" : "focus";
            boolean completed = i % 7 != 0;
            long actual = completed ? 1500 : 600;
            rows.append(i == 0 ? "" : ",").append("('v1-").append(i).append("',").append(start).append(',')
                    .append(start + actual * 1000).append(",25,").append(actual).append(",'").append(type).append("',")
                    .append(completed ? 1 : 0).append(')');
        }
        long running = day + 100 * 3_600_000L;
        db.write(file, 1, rows.toString(),
                "INSERT INTO sessions VALUES ('v1-running', " + running + ", NULL, 50, 120, 'custom', 0)");

        Stopwatch sinceResume = Stopwatch.start();
        SessionService sessions = db.use(file);

        Page<Session> all = sessions.history(null, null, 500, 0);
        assertThat(all.total()).isEqualTo(101);
        assertThat(all.items()).allSatisfy(s -> {
            assertThat(s.strict()).isFalse();
            assertThat(s.label()).isNull();
        });
        assertThat(sessions.get("v1-7").orElseThrow()).isEqualTo(new Session("v1-7", SessionType.FOCUS,
                Instant.ofEpochMilli(day + 7 * 3_600_000L), Instant.ofEpochMilli(day + 7 * 3_600_000L + 600_000), 25, 600,
                null, false, false, null));
        assertThat(sessions.active()).hasValueSatisfying(s -> {
            assertThat(s.id()).isEqualTo("v1-running");
            // resumed at its saved 120 s: since then it counted no more than the test's own monotonic clock
            assertThat(s.actualSeconds()).isBetween(120L, 120L + sinceResume.seconds());
            assertThat(s.actualSeconds() + s.remainingSeconds()).isEqualTo(3000L);
        });
        assertThat(db.sessionScripts()).hasSize(4);
    }
}
