package com.focusflow.sync.internal;

import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.focusflow.api.FocusFlowException;
import com.focusflow.api.sync.DataContributor;
import com.focusflow.api.sync.ImportPlan;
import com.focusflow.api.sync.ImportReport;
import com.focusflow.api.sync.SectionReport;
import com.focusflow.api.sync.SyncService;
import com.focusflow.support.log.LogText;

/**
 * Export and import over the current contributors, as a plain object. Import reads and checks the whole
 * document, then prepares every section (validation and merge, no writes), and only then applies them.
 */
public final class Sync implements SyncService {

    private static final Logger LOG = LoggerFactory.getLogger(Sync.class);

    private final Supplier<Map<String, DataContributor<?>>> contributors;
    private final String appVersion;
    private final Clock clock;
    /** How long an import waits for the one before it. */
    static final Duration LOCK_WAIT = Duration.ofSeconds(60);

    private final ReentrantLock importing = new ReentrantLock();

    /** @param contributors the contributor of each section, sorted by section name */
    public Sync(Supplier<Map<String, DataContributor<?>>> contributors, String appVersion, Clock clock) {
        this.contributors = contributors;
        this.appVersion = appVersion;
        this.clock = clock;
    }

    /** The FocusFlow version written into documents. */
    public String appVersion() {
        return appVersion;
    }

    @Override
    public void exportTo(OutputStream out) {
        DocumentWriter.write(out, appVersion, clock.instant().truncatedTo(ChronoUnit.MILLIS), contributors.get().values());
    }

    @Override
    public ImportReport importFrom(InputStream in) {
        if (!lockWithin(LOCK_WAIT)) {
            throw FocusFlowException.conflict("another import is running; try again when it has finished");
        }
        try {
            Map<String, DataContributor<?>> known = contributors.get();
            Map<String, List<Object>> sections = DocumentReader.read(in, name -> {
                DataContributor<?> c = known.get(name);
                if (c == null) {
                    LOG.info("Import skips section '{}': no installed bundle contributes it", LogText.escape(name));
                }
                return c == null ? null : c.itemType();
            });
            // Each section's items are let go once prepared: a plan keeps only what it will write.
            Map<String, ImportPlan> plans = new LinkedHashMap<>();
            for (var it = sections.entrySet().iterator(); it.hasNext();) {
                Map.Entry<String, List<Object>> section = it.next();
                it.remove();
                plans.put(section.getKey(), prepare(known.get(section.getKey()), section.getValue()));
            }
            // the end of reading and checking, the start of writing: the log shows which part a stop cut short
            Map<String, SectionReport> predicted = new LinkedHashMap<>();
            plans.forEach((name, plan) -> predicted.put(name, plan.report()));
            LOG.info("Import checked, applying: {}", predicted);
            Map<String, SectionReport> reports = new LinkedHashMap<>();
            plans.forEach((name, plan) -> reports.put(name, plan.apply()));
            return new ImportReport(reports);
        } finally {
            importing.unlock();
        }
    }

    /**
     * Imports take turns: the sync folder merges other devices' files in the background, and a user's import
     * arriving meanwhile should wait for that, not fail.
     */
    private boolean lockWithin(Duration wait) {
        try {
            return importing.tryLock(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> ImportPlan prepare(DataContributor<T> contributor, List<Object> items) {
        return contributor.prepareImport((List<T>) items);
    }

}
