package com.focusflow.sync.internal.settings;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

import javax.sql.DataSource;

import org.osgi.framework.BundleContext;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.cm.ConfigurationEvent;
import org.osgi.service.cm.ConfigurationListener;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.MetaTypeService;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.focusflow.api.FocusFlowException;
import com.focusflow.api.config.ConfigurationValidator;
import com.focusflow.api.sync.DataContributor;
import com.focusflow.api.sync.ImportPlan;
import com.focusflow.api.sync.SectionReport;
import com.focusflow.persistence.FocusFlowDatabase;
import com.focusflow.persistence.SchemaReady;
import com.focusflow.sync.internal.settings.SettingsItems.Checked;
import com.focusflow.sync.internal.settings.SettingsItems.Incoming;
import com.focusflow.sync.internal.settings.SettingsMerge.Outcome;

/**
 * The {@code settings} section of an export: the portable attributes of each portable configuration that
 * changed on some machine, with the time of that change ({@link SettingsTracker}), ordered by PID. An import
 * is checked against the Metatype by {@link SettingsItems}, then each configuration is merged by
 * {@link SettingsMerge} (last writer wins) and written to Config Admin. Settings are not one bundle's table,
 * so this section lives in the sync bundle; the change times live in its {@code sync_settings} table.
 */
@Component(service = { DataContributor.class, ConfigurationListener.class }, configurationPid = SettingsSection.PID,
        immediate = true)
@Designate(ocd = SettingsConfig.class)
public final class SettingsSection implements DataContributor<SettingsItem>, ConfigurationListener {

    /** Configuration PID of the section: which settings are portable. */
    public static final String PID = "com.focusflow.sync.settings";
    /** The section name in the document. */
    public static final String SECTION = "settings";

    static final String MODULE = "com.focusflow.sync";

    private static final Logger LOG = LoggerFactory.getLogger(SettingsSection.class);

    private final PortableSettings portable;
    private final Definitions definitions;
    private final ConfigurationValidator validator;
    private final SettingsTracker tracker;
    private final Clock clock;

    @Activate
    public SettingsSection(BundleContext context, SettingsConfig config, @Reference ConfigurationAdmin configAdmin,
            @Reference MetaTypeService metatype, @Reference ConfigurationValidator validator,
            @Reference(target = FocusFlowDatabase.TARGET) DataSource database,
            @Reference(target = "(" + SchemaReady.SCHEMA_PROPERTY + "=" + MODULE + ")") SchemaReady schema) {
        this(new PortableSettings(config.portable()), new MetatypeDefinitions(context, metatype), validator, configAdmin,
                database, Clock.systemUTC());
        tracker.observeAll();
    }

    SettingsSection(PortableSettings portable, Definitions definitions, ConfigurationValidator validator,
            ConfigurationAdmin configAdmin, DataSource database, Clock clock) {
        this.portable = portable;
        this.definitions = definitions;
        this.validator = validator;
        this.clock = clock;
        this.tracker = new SettingsTracker(new SettingsStore(database),
                new LocalSettings(configAdmin, definitions, portable, validator), clock);
    }

    @Override
    public String section() {
        return SECTION;
    }

    @Override
    public Class<SettingsItem> itemType() {
        return SettingsItem.class;
    }

    @Override
    public void export(Consumer<? super SettingsItem> sink) {
        tracker.observeAll().forEach((pid, state) -> sink.accept(new SettingsItem(pid, state.changedAt(),
                SettingsJson.read(state.values()))));
    }

    @Override
    public ImportPlan prepareImport(List<SettingsItem> items) {
        Checked checked = SettingsItems.validate(items, clock.instant(), portable, definitions, validator);
        Map<String, SettingState> here = tracker.observeAll();
        SectionReport predicted = report(checked, i -> SettingsMerge.decide(here.get(i.pid()), i.state()));
        return ImportPlan.of(predicted, () -> {
            SectionReport done = report(checked, tracker::apply);
            LOG.info("Imported settings: {}", done);
            return done;
        });
    }

    private static SectionReport report(Checked checked, Function<Incoming, Outcome> merge) {
        int added = 0;
        int updated = 0;
        int unchanged = checked.skipped();
        for (Incoming incoming : checked.accepted()) {
            switch (merge.apply(incoming)) {
                case ADD -> added++;
                case UPDATE -> updated++;
                default -> unchanged++;
            }
        }
        return new SectionReport(added, updated, unchanged);
    }

    @Override
    public void configurationEvent(ConfigurationEvent event) {
        if (event.getFactoryPid() != null || !portable.pids().contains(event.getPid())) {
            return;
        }
        try {
            tracker.observe(event.getPid());
        } catch (FocusFlowException e) {
            LOG.warn("The change of {} was not recorded: {}", event.getPid(), e.getMessage());
        }
    }
}
