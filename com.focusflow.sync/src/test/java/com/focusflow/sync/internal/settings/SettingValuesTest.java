package com.focusflow.sync.internal.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.osgi.service.metatype.AttributeDefinition;

class SettingValuesTest {

    static final Attribute GOAL = Attribute.integer("dailyGoalMinutes", 1, 1440);
    static final Attribute ENABLED = Attribute.of("enabled", AttributeDefinition.BOOLEAN);
    static final Attribute SIZES = new Attribute("sizes", AttributeDefinition.LONG, 3, null, null);
    static final Attribute NAMES = new Attribute("names", AttributeDefinition.STRING, -2, null, null);

    @Test
    void configurationTextFromACfgFileIsReadAsTheDeclaredType() {
        assertThat(SettingValues.fromConfig(GOAL, "90")).isEqualTo(90);
        assertThat(SettingValues.fromConfig(GOAL, 90L)).isEqualTo(90);
        assertThat(SettingValues.fromConfig(ENABLED, "true")).isEqualTo(true);
        assertThat(SettingValues.fromConfig(SIZES, new long[] { 1, 2 })).isEqualTo(List.of(1L, 2L));
    }

    @Test
    void aDocumentMustUseTheDeclaredJsonType() {
        assertThat(SettingValues.fromJson(GOAL, 90)).isEqualTo(90);
        assertThatThrownBy(() -> SettingValues.fromJson(ENABLED, "true")).hasMessage("must be true or false");
        assertThatThrownBy(() -> SettingValues.fromJson(SIZES, 5)).hasMessage("must be an array of a whole number");
        assertThatThrownBy(() -> SettingValues.fromJson(NAMES, List.of("a", "b", "c"))).hasMessage("at most 2 values");
        assertThatThrownBy(() -> SettingValues.fromJson(GOAL, 0)).hasMessageStartingWith("0 is less than minimum");
    }

    @Test
    void configAdminGetsArraysOrListsByCardinality() {
        assertThat(SettingValues.toConfig(GOAL, 90)).isEqualTo(90);
        assertThat(SettingValues.toConfig(SIZES, List.of(1, 2))).isEqualTo(new Long[] { 1L, 2L });
        assertThat(SettingValues.toConfig(NAMES, List.of("a"))).isEqualTo(List.of("a"));
    }
}
