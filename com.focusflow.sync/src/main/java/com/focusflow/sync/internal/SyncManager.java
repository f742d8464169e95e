package com.focusflow.sync.internal;

import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import com.focusflow.api.sync.DataContributor;
import com.focusflow.api.sync.ImportReport;
import com.focusflow.api.sync.SyncService;

/**
 * The {@link SyncService} over the {@link DataContributor} whiteboard: each section comes from the
 * contributor with the highest service ranking for it.
 */
@Component(service = { SyncService.class, SyncSections.class })
public final class SyncManager implements SyncService, SyncSections {

    private record Entry(ServiceReference<?> reference, DataContributor<?> contributor) {
    }

    private final List<Entry> entries = new CopyOnWriteArrayList<>();
    private final Sync sync;

    @Activate
    public SyncManager(BundleContext context) {
        sync = new Sync(this::contributors, context.getBundle().getVersion().toString(), Clock.systemUTC());
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addContributor(ServiceReference<DataContributor<?>> reference, DataContributor<?> contributor) {
        entries.add(new Entry(reference, contributor));
    }

    void removeContributor(ServiceReference<DataContributor<?>> reference) {
        entries.removeIf(e -> e.reference().equals(reference));
    }

    @Override
    public Map<String, DataContributor<?>> contributors() {
        Map<String, DataContributor<?>> sections = new TreeMap<>();
        entries.stream().sorted(Comparator.comparing(Entry::reference).reversed())
                .forEach(e -> sections.putIfAbsent(e.contributor().section(), e.contributor()));
        return sections;
    }

    @Override
    public String appVersion() {
        return sync.appVersion();
    }

    @Override
    public void exportTo(OutputStream out) {
        sync.exportTo(out);
    }

    @Override
    public ImportReport importFrom(InputStream in) {
        return sync.importFrom(in);
    }
}
