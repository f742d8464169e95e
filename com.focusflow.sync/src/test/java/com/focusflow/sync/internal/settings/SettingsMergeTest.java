package com.focusflow.sync.internal.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import com.focusflow.sync.internal.settings.SettingsMerge.Outcome;

class SettingsMergeTest {

    static final Instant T1 = Instant.parse("2026-01-05T09:00:00Z");
    static final Instant T2 = T1.plusSeconds(60);
    static final SettingState GOAL_90_AT_T1 = new SettingState(T1, "{\"dailyGoalMinutes\":90}");
    static final SettingState GOAL_60_AT_T2 = new SettingState(T2, "{\"dailyGoalMinutes\":60}");

    @Test
    void aSettingNeverChangedHereTakesAnyImportedValues() {
        assertThat(SettingsMerge.decide(null, GOAL_90_AT_T1)).isEqualTo(Outcome.ADD);
        assertThat(SettingsMerge.decide(null, new SettingState(T1, SettingsJson.DEFAULTS))).as("defaults on both sides")
                .isEqualTo(Outcome.ADOPT_TIME);
    }

    @Test
    void theNewerChangeWinsWhicheverSideItIsOn() {
        assertThat(SettingsMerge.decide(GOAL_90_AT_T1, GOAL_60_AT_T2)).isEqualTo(Outcome.UPDATE);
        assertThat(SettingsMerge.decide(GOAL_60_AT_T2, GOAL_90_AT_T1)).isEqualTo(Outcome.KEEP);
        assertThat(SettingsMerge.decide(GOAL_90_AT_T1, new SettingState(T2, SettingsJson.DEFAULTS)))
                .as("a reset to the defaults is a change too").isEqualTo(Outcome.UPDATE);
    }

    @Test
    void sameValuesChangedLaterElsewhereOnlyTakeTheTime() {
        assertThat(SettingsMerge.decide(GOAL_90_AT_T1, new SettingState(T2, GOAL_90_AT_T1.values())))
                .isEqualTo(Outcome.ADOPT_TIME);
    }

    @Test
    void importingTheSameStateAgainChangesNothing() {
        assertThat(SettingsMerge.decide(GOAL_90_AT_T1, GOAL_90_AT_T1)).isEqualTo(Outcome.KEEP);
    }

    @Test
    void onTheSameInstantBothMachinesPickTheSameValues() {
        SettingState goal60AtT1 = new SettingState(T1, GOAL_60_AT_T2.values());
        Outcome onA = SettingsMerge.decide(GOAL_90_AT_T1, goal60AtT1);
        Outcome onB = SettingsMerge.decide(goal60AtT1, GOAL_90_AT_T1);

        assertThat(onA).isEqualTo(Outcome.KEEP);
        assertThat(onB).as("\"{...90}\" sorts after \"{...60}\": both keep 90").isEqualTo(Outcome.UPDATE);
    }
}
