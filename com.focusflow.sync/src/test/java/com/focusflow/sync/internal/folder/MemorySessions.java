package com.focusflow.sync.internal.folder;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

import com.focusflow.api.session.Session;
import com.focusflow.api.sync.DataContributor;
import com.focusflow.api.sync.ImportPlan;
import com.focusflow.api.sync.SectionReport;
import com.focusflow.api.sync.SyncFormat;

/** A sessions section in memory with parts by start, as the session bundle's; counts the sessions it passes out. */
final class MemorySessions implements DataContributor<Session> {

    private static final Comparator<Session> ORDER = Comparator.comparing(Session::startTime).thenComparing(Session::id);

    final Map<String, Session> table = new TreeMap<>();
    int passed;

    @Override
    public String section() {
        return SyncFormat.SESSIONS;
    }

    @Override
    public Class<Session> itemType() {
        return Session.class;
    }

    @Override
    public void export(Consumer<? super Session> sink) {
        exportPart(Instant.MIN, Instant.MAX, sink);
    }

    @Override
    public boolean exportPart(Instant from, Instant to, Consumer<? super Session> sink) {
        table.values().stream().filter(s -> !s.startTime().isBefore(from) && s.startTime().isBefore(to)).sorted(ORDER)
                .forEach(s -> {
                    passed++;
                    sink.accept(s);
                });
        return true;
    }

    @Override
    public ImportPlan prepareImport(List<Session> items) {
        SectionReport predicted = new SectionReport(items.size(), 0, 0);
        return ImportPlan.of(predicted, () -> {
            items.forEach(s -> table.put(s.id(), s));
            return predicted;
        });
    }
}
