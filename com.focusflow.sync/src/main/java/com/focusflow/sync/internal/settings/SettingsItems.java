package com.focusflow.sync.internal.settings;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.osgi.service.metatype.AttributeDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.focusflow.api.FocusFlowException;
import com.focusflow.api.config.ConfigurationValidator;
import com.focusflow.api.config.ValueForm;
import com.focusflow.api.config.Violation;
import com.focusflow.support.log.LogText;

/**
 * Checks the {@code settings} section of an import before anything is written: the item's shape here, its
 * values by the shared {@link ConfigurationValidator} (JSON form: declared attribute, JSON type, cardinality,
 * range and options); a mistake is {@code INVALID_INPUT} naming the place, e.g.
 * {@code settings[0].properties.dailyGoalMinutes: 5000 is greater than maximum (Daily goal (min): ...)}.
 * Declared attributes that are not portable here are dropped,
 * and an item whose PID is not portable here (or that no installed bundle declares) is skipped: a file from
 * a machine that carries more settings still imports what this one accepts.
 */
final class SettingsItems {

    /** No setting of FocusFlow's changed earlier: an older time is a broken file. */
    static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");
    /** How far ahead of this machine's clock another machine's clock may be. */
    static final Duration CLOCK_SKEW = Duration.ofDays(1);

    private static final Logger LOG = LoggerFactory.getLogger(SettingsItems.class);

    /** A checked item: canonical portable values and their change time. */
    record Incoming(String pid, Map<String, Object> values, SettingState state) {
    }

    /**
     * @param accepted the items to merge, in document order
     * @param skipped how many items name a PID that is not portable here
     */
    record Checked(List<Incoming> accepted, int skipped) {
    }

    private SettingsItems() {
    }

    static Checked validate(List<SettingsItem> items, Instant now, PortableSettings portable, Definitions definitions,
            ConfigurationValidator validator) {
        Map<String, Integer> seen = new HashMap<>();
        List<Incoming> accepted = new ArrayList<>();
        int skipped = 0;
        for (int i = 0; i < items.size(); i++) {
            SettingsItem item = items.get(i);
            Instant changedAt = checkShape(i, item, now);
            Integer first = seen.putIfAbsent(item.pid(), i);
            if (first != null) {
                throw invalid(i, "pid", "%s appears twice, first at %s[%d]", item.pid(), SettingsSection.SECTION, first);
            }
            Optional<Map<String, AttributeDefinition>> declared = portable.pids().contains(item.pid())
                    ? definitions.of(item.pid()) : Optional.empty();
            if (declared.isEmpty()) {
                LOG.info("Import skips setting {}: it is not a portable setting of this FocusFlow", LogText.escape(item.pid()));
                skipped++;
                continue;
            }
            Map<String, Object> values = values(i, item, portable, validator);
            accepted.add(new Incoming(item.pid(), values, new SettingState(changedAt, SettingsJson.write(values))));
        }
        return new Checked(accepted, skipped);
    }

    private static Instant checkShape(int i, SettingsItem item, Instant now) {
        if (item.pid() == null || !PortableSettings.PID.matcher(item.pid()).matches()) {
            throw invalid(i, "pid", "must be a configuration PID such as com.focusflow.analytics");
        }
        if (item.changedAt() == null) {
            throw invalid(i, "changedAt", "is required");
        }
        Instant changedAt = item.changedAt().truncatedTo(ChronoUnit.MILLIS);
        if (changedAt.isBefore(EARLIEST) || changedAt.isAfter(now.plus(CLOCK_SKEW))) {
            throw invalid(i, "changedAt", "%s is not plausible (%s .. a day from now)", changedAt, EARLIEST);
        }
        if (item.properties() == null) {
            throw invalid(i, "properties", "is required: an object of settings, {} for the defaults");
        }
        return changedAt;
    }

    /** The validator's rules (JSON form: the declared JSON type, arrays only where several values fit). */
    private static Map<String, Object> values(int i, SettingsItem item, PortableSettings portable,
            ConfigurationValidator validator) {
        List<Violation> violations = validator.violations(item.pid(), item.properties(), ValueForm.JSON);
        if (!violations.isEmpty()) {
            Violation first = violations.get(0);
            throw invalid(i, "properties." + first.property(), "%s", first.reason());
        }
        Map<String, Object> values = new TreeMap<>();
        validator.validate(item.pid(), item.properties(), ValueForm.JSON).forEach((name, value) -> {
            if (portable.portable(item.pid(), name)) {
                values.put(name, SettingValues.canonical(value));
            }
        });
        return values;
    }

    private static FocusFlowException invalid(int index, String field, String format, Object... args) {
        return FocusFlowException.invalidInput("%s[%d].%s: %s", SettingsSection.SECTION, index, field,
                String.format(format, args));
    }
}
