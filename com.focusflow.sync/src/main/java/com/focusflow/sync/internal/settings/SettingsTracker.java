package com.focusflow.sync.internal.settings;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.osgi.service.metatype.AttributeDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.focusflow.sync.internal.settings.SettingsItems.Incoming;
import com.focusflow.sync.internal.settings.SettingsMerge.Outcome;

/**
 * Gives each portable setting the modification time Config Admin does not keep. It compares the portable
 * values in Config Admin with the ones last recorded and, when they differ, records them with the current
 * time: on every configuration event, and before every export and import, so a change made while this
 * bundle was not running is still seen (then with the time it is noticed). One lock orders this with
 * imports, so an import's own write is recorded with the imported time, not as a local change.
 */
final class SettingsTracker {

    private static final Logger LOG = LoggerFactory.getLogger(SettingsTracker.class);

    private final SettingsStore store;
    private final LocalSettings local;
    private final Clock clock;

    SettingsTracker(SettingsStore store, LocalSettings local, Clock clock) {
        this.store = store;
        this.local = local;
        this.clock = clock;
    }

    /** Records a change of {@code pid}'s portable values, if it has any. */
    synchronized void observe(String pid) {
        local.attributes(pid).ifPresent(attributes -> observe(pid, attributes, store.all().get(pid)));
    }

    /** Records every unrecorded change; the recorded state of each portable setting, by PID. */
    synchronized Map<String, SettingState> observeAll() {
        Map<String, SettingState> recorded = store.all();
        Map<String, SettingState> portable = new TreeMap<>();
        for (String pid : local.portablePids()) {
            Optional<Map<String, AttributeDefinition>> attributes = local.attributes(pid);
            SettingState state = attributes.isPresent() ? observe(pid, attributes.get(), recorded.get(pid)) : recorded.get(pid);
            if (state != null) {
                portable.put(pid, state);
            }
        }
        return portable;
    }

    /** Merges one checked item with what is here now and writes it: an import's apply step. */
    synchronized Outcome apply(Incoming incoming) {
        Optional<Map<String, AttributeDefinition>> declared = local.attributes(incoming.pid());
        if (declared.isEmpty()) {
            LOG.info("Import skips setting {}: its bundle went away since the import was checked", incoming.pid());
            return Outcome.KEEP;
        }
        Map<String, AttributeDefinition> attributes = declared.get();
        SettingState here = observe(incoming.pid(), attributes, store.all().get(incoming.pid()));
        Outcome outcome = SettingsMerge.decide(here, incoming.state());
        if (outcome == Outcome.ADD || outcome == Outcome.UPDATE) {
            local.write(incoming.pid(), attributes, incoming.values());
        }
        if (outcome != Outcome.KEEP) {
            store.put(incoming.pid(), incoming.state());
        }
        return outcome;
    }

    /** @return the state recorded now, or null if the setting never changed here */
    private SettingState observe(String pid, Map<String, AttributeDefinition> attributes, SettingState recorded) {
        String now = SettingsJson.write(local.values(pid, attributes));
        if (now.equals(recorded == null ? SettingsJson.DEFAULTS : recorded.values())) {
            return recorded;
        }
        SettingState changed = new SettingState(clock.instant().truncatedTo(ChronoUnit.MILLIS), now);
        store.put(pid, changed);
        LOG.info("Setting {} changed here", pid);
        return changed;
    }
}
