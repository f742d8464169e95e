package com.focusflow.sync.internal;

import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.metatype.annotations.Designate;

import com.focusflow.api.FocusFlowException;
import com.focusflow.api.sync.DataContributor;
import com.focusflow.api.sync.ImportReport;
import com.focusflow.api.sync.SyncService;

/**
 * The {@link SyncService} over the {@link DataContributor} whiteboard: each section comes from the
 * contributor with the highest service ranking for it.
 */
@Component(service = { SyncService.class, SyncSections.class }, configurationPid = SyncManager.PID)
@Designate(ocd = SyncConfig.class)
public final class SyncManager implements SyncService, SyncSections {

    /** Configuration PID of export and import as a whole. */
    public static final String PID = "com.focusflow.sync";

    private record Entry(ServiceReference<?> reference, DataContributor<?> contributor) {
    }

    private final List<Entry> entries = new CopyOnWriteArrayList<>();
    private final Sync sync;
    private volatile Set<String> required;

    @Activate
    public SyncManager(BundleContext context, SyncConfig config) {
        sync = new Sync(this::contributors, context.getBundle().getVersion().toString(), Clock.systemUTC());
        modified(config);
    }

    @Modified
    void modified(SyncConfig config) {
        required = Arrays.stream(config.requiredSections()).map(String::strip).filter(name -> !name.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
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
        requireSections("export");
        sync.exportTo(out);
    }

    @Override
    public ImportReport importFrom(InputStream in) {
        requireSections("import");
        return sync.importFrom(in);
    }

    /**
     * A missing FocusFlow section means its bundle is starting, updating or stopped: an export without it would
     * be an incomplete backup, and an import would silently skip it.
     */
    private void requireSections(String action) {
        Set<String> missing = new TreeSet<>(required);
        missing.removeAll(contributors().keySet());
        if (!missing.isEmpty()) {
            throw FocusFlowException.unavailable("cannot %s now: the bundle providing %s is not running (FocusFlow may "
                    + "still be starting, or the bundle is being updated); nothing was done, try again in a moment",
                    action, String.join(", ", missing));
        }
    }
}
