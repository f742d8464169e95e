package com.focusflow.sync.internal.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.osgi.service.metatype.AttributeDefinition;

import com.focusflow.api.ErrorKind;
import com.focusflow.config.internal.MetatypeValidator;
import com.focusflow.api.FocusFlowException;

class SettingsItemsTest {

    static final Instant NOW = Instant.parse("2026-01-05T09:30:00Z");
    static final String ANALYTICS = "com.focusflow.analytics";
    static final String PROCESS = "com.focusflow.blocking.process";

    final PortableSettings portable = new PortableSettings(ANALYTICS, PROCESS + "#graceSeconds");
    final Definitions definitions = pid -> Optional.ofNullable(switch (pid) {
        case ANALYTICS -> byId(Attribute.integer("dailyGoalMinutes", 1, 1440), Attribute.of("zone", AttributeDefinition.STRING));
        case PROCESS -> byId(Attribute.integer("graceSeconds", 0, 60),
                new Attribute("source", AttributeDefinition.STRING, 0, null, null, "auto", "proc", "jdk", "oshi"));
        case "com.focusflow.persistence.database" -> byId(Attribute.of("path", AttributeDefinition.STRING));
        default -> null;
    });

    static Map<String, AttributeDefinition> byId(AttributeDefinition... ads) {
        Map<String, AttributeDefinition> map = new TreeMap<>();
        Arrays.stream(ads).forEach(ad -> map.put(ad.getID(), ad));
        return map;
    }

    SettingsItems.Checked validate(SettingsItem... items) {
        return SettingsItems.validate(new ArrayList<>(List.of(items)), NOW, portable, definitions,
                new MetatypeValidator(definitions::of));
    }

    static SettingsItem item(String pid, Map<String, Object> properties) {
        return new SettingsItem(pid, NOW.minusSeconds(3_600), properties);
    }

    @Test
    void acceptsDeclaredPortableValuesAsTheirCanonicalJson() {
        SettingsItems.Checked checked = validate(item(ANALYTICS, Map.of("zone", "Europe/Berlin", "dailyGoalMinutes", 90)));

        assertThat(checked.skipped()).isZero();
        assertThat(checked.accepted()).singleElement().satisfies(i -> {
            assertThat(i.values()).containsExactly(Map.entry("dailyGoalMinutes", 90), Map.entry("zone", "Europe/Berlin"));
            assertThat(i.state()).isEqualTo(new SettingState(NOW.minusSeconds(3_600),
                    "{\"dailyGoalMinutes\":90,\"zone\":\"Europe/Berlin\"}"));
        });
    }

    @Test
    void dropsDeclaredAttributesThatAreNotPortableAndSkipsPidsThatAreNot() {
        SettingsItems.Checked checked = validate(item(PROCESS, Map.of("graceSeconds", 5, "source", "jdk")),
                item("com.focusflow.persistence.database", Map.of("path", "/home/other/focusflow.db")),
                item("com.example.future", Map.of("anything", List.of(1))));

        assertThat(checked.accepted()).singleElement().satisfies(i -> assertThat(i.values()).containsOnlyKeys("graceSeconds"));
        assertThat(checked.skipped()).as("machine-specific and unknown PIDs").isEqualTo(2);
    }

    @Test
    void refusesWrongValuesNamingThePlace() {
        assertRefused("settings[0].properties.dailyGoalMinutes: must be a whole number",
                item(ANALYTICS, Map.of("dailyGoalMinutes", "90")));
        assertRefused("settings[0].properties.dailyGoalMinutes: must be a whole number",
                item(ANALYTICS, Map.of("dailyGoalMinutes", 90.5)));
        assertRefused("settings[0].properties.dailyGoalMinutes: 5000 is greater than maximum",
                item(ANALYTICS, Map.of("dailyGoalMinutes", 5000)));
        assertRefused("settings[0].properties.dailyGoalMinutes: 3000000000 is not a whole number in range",
                item(ANALYTICS, Map.of("dailyGoalMinutes", 3_000_000_000L)));
        assertRefused("settings[0].properties.colour: com.focusflow.analytics has no such setting; it has dailyGoalMinutes, zone",
                item(ANALYTICS, Map.of("colour", "blue")));
        assertRefused("settings[0].properties.zone: must be a string", item(ANALYTICS, Map.of("zone", List.of("UTC"))));
        assertRefused("settings[0].properties.source: nonsense is not a valid option (allowed: auto, proc, jdk, oshi)",
                item(PROCESS, Map.of("source", "nonsense")));
        Map<String, Object> withNull = new TreeMap<>();
        withNull.put("zone", null);
        assertRefused("settings[0].properties.zone: must not be null", item(ANALYTICS, withNull));
    }

    @Test
    void refusesBrokenItemsNamingThePlace() {
        assertRefused("settings[0].pid: must be a configuration PID", item("com.focusflow.analytics)(x=1", Map.of()));
        assertRefused("settings[0].changedAt: is required", new SettingsItem(ANALYTICS, null, Map.of()));
        assertRefused("settings[0].changedAt: 2026-01-07T09:30:00Z is not plausible",
                new SettingsItem(ANALYTICS, NOW.plusSeconds(172_800), Map.of()));
        assertRefused("settings[0].properties: is required", new SettingsItem(ANALYTICS, NOW, null));
        assertRefused("settings[1].pid: com.focusflow.analytics appears twice, first at settings[0]",
                item(ANALYTICS, Map.of()), item(ANALYTICS, Map.of("dailyGoalMinutes", 60)));
    }

    void assertRefused(String message, SettingsItem... items) {
        assertThatThrownBy(() -> validate(items)).isInstanceOfSatisfying(FocusFlowException.class,
                e -> assertThat(e.kind()).isEqualTo(ErrorKind.INVALID_INPUT)).hasMessageStartingWith(message);
    }
}
