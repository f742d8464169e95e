package com.focusflow.sync.internal.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.service.metatype.AttributeDefinition;
import org.sqlite.SQLiteDataSource;

import com.focusflow.api.FocusFlowException;
import com.focusflow.api.sync.SectionReport;
import com.focusflow.config.internal.MetatypeValidator;
import com.focusflow.persistence.internal.migration.MigrationScripts;
import com.focusflow.persistence.internal.migration.SchemaMigrator;

/** Two machines, each with its own Config Admin and SQLite file, exchanging the settings section. */
class SettingsSectionTest {

    static final String ANALYTICS = "com.focusflow.analytics";
    static final Instant T1 = Instant.parse("2026-01-05T09:00:00Z");

    @TempDir
    Path dir;

    final Definitions definitions = pid -> Optional.ofNullable(ANALYTICS.equals(pid)
            ? SettingsItemsTest.byId(Attribute.integer("dailyGoalMinutes", 1, 1440), Attribute.of("zone", AttributeDefinition.STRING))
            : null);

    /** A clock that the test moves. */
    static final class Now extends Clock {
        Instant instant = T1;

        @Override
        public Instant instant() {
            return instant;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }

    final class Machine {
        final FakeConfigAdmin configAdmin = new FakeConfigAdmin();
        final SettingsSection section;

        Machine(String name, Now clock) {
            SQLiteDataSource ds = new SQLiteDataSource();
            ds.setUrl("jdbc:sqlite:" + dir.resolve(name + ".db"));
            new SchemaMigrator(SettingsSection.MODULE,
                    MigrationScripts.fromCodeSource(SettingsSection.class, MigrationScripts.DEFAULT_FOLDER)).migrate(ds);
            section = new SettingsSection(new PortableSettings(ANALYTICS), definitions, new MetatypeValidator(definitions::of),
                    configAdmin.service(), ds, clock);
        }

        List<SettingsItem> export() {
            List<SettingsItem> items = new ArrayList<>();
            section.export(items::add);
            return items;
        }

        SectionReport importFrom(Machine other) {
            return section.prepareImport(other.export()).apply();
        }

        Object goal() {
            return configAdmin.configurations.getOrDefault(ANALYTICS, new java.util.Hashtable<>()).get("dailyGoalMinutes");
        }
    }

    @Test
    void twoMachinesExchangingBothWaysEndWithTheNewestSettings() {
        Now clock = new Now();
        Machine laptop = new Machine("laptop", clock);
        Machine desktop = new Machine("desktop", clock);
        laptop.configAdmin.set(ANALYTICS, "dailyGoalMinutes", "90"); // as a .cfg file gives it

        assertThat(laptop.export()).containsExactly(new SettingsItem(ANALYTICS, T1, Map.of("dailyGoalMinutes", 90)));
        assertThat(desktop.export()).as("never changed there").isEmpty();

        assertThat(desktop.importFrom(laptop)).isEqualTo(new SectionReport(1, 0, 0));
        assertThat(desktop.goal()).isEqualTo(90);
        assertThat(desktop.importFrom(laptop)).as("again").isEqualTo(new SectionReport(0, 0, 1));
        assertThat(desktop.export()).isEqualTo(laptop.export());

        clock.instant = T1.plusSeconds(60);
        desktop.configAdmin.set(ANALYTICS, "dailyGoalMinutes", 60);
        desktop.configAdmin.set(ANALYTICS, "zone", "Europe/Berlin");
        assertThat(desktop.importFrom(laptop)).as("older than the change there").isEqualTo(new SectionReport(0, 0, 1));
        assertThat(laptop.importFrom(desktop)).isEqualTo(new SectionReport(0, 1, 0));
        assertThat(laptop.configAdmin.configurations.get(ANALYTICS)).containsEntry("dailyGoalMinutes", 60)
                .containsEntry("zone", "Europe/Berlin");
        assertThat(desktop.importFrom(laptop)).isEqualTo(new SectionReport(0, 0, 1));
        assertThat(laptop.export()).isEqualTo(desktop.export())
                .containsExactly(new SettingsItem(ANALYTICS, T1.plusSeconds(60), Map.of("dailyGoalMinutes", 60, "zone", "Europe/Berlin")));
    }

    @Test
    void aResetToTheDefaultsTravelsToo() {
        Now clock = new Now();
        Machine laptop = new Machine("laptop", clock);
        Machine desktop = new Machine("desktop", clock);
        laptop.configAdmin.set(ANALYTICS, "dailyGoalMinutes", 90);
        desktop.importFrom(laptop);

        clock.instant = T1.plusSeconds(60);
        laptop.configAdmin.configurations.remove(ANALYTICS);
        assertThat(laptop.export()).containsExactly(new SettingsItem(ANALYTICS, T1.plusSeconds(60), Map.of()));
        assertThat(desktop.importFrom(laptop)).isEqualTo(new SectionReport(0, 1, 0));
        assertThat(desktop.goal()).isNull();
    }

    @Test
    void anInvalidItemWritesNothing() {
        Machine machine = new Machine("machine", new Now());
        List<SettingsItem> items = List.of(new SettingsItem(ANALYTICS, T1, Map.of("dailyGoalMinutes", 0)));

        assertThatThrownBy(() -> machine.section.prepareImport(items)).isInstanceOf(FocusFlowException.class)
                .hasMessageStartingWith("settings[0].properties.dailyGoalMinutes: 0 is less than minimum");
        assertThat(machine.configAdmin.writes).isZero();
        assertThat(machine.export()).isEmpty();
    }
}
