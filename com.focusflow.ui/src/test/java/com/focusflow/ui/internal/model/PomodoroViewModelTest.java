package com.focusflow.ui.internal.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PomodoroViewModelTest {
    private final PomodoroViewModel model = new PomodoroViewModel(new UiThreads(Runnable::run, Runnable::run));
    private final MapSettings settings = new MapSettings();

    @Test
    void theSwitchAndLengthsAreReadFromAndSavedToTheSessionBundlesConfiguration() {
        settings.update(PomodoroViewModel.PID, Map.of("enabled", false, "focusMinutes", 50));
        model.settingsChanged(settings);
        assertThat(model.focusProperty().get()).isEqualTo("50");
        assertThat(model.shortBreakProperty().get()).as("default").isEqualTo("5");

        model.enabledProperty().set(true);
        model.shortBreakProperty().set("10");
        model.save();

        assertThat(settings.read(PomodoroViewModel.PID)).containsEntry("enabled", true).containsEntry("focusMinutes", 50)
                .containsEntry("shortBreakMinutes", 10).containsEntry("longBreakMinutes", 15).containsEntry("longBreakEvery", 4);
        assertThat(model.messageProperty().get()).isEqualTo("Pomodoro on: 50 min focus, 10 min breaks, 15 min after every 4.");
    }

    @Test
    void aWrongLengthIsNamedAndNothingIsSaved() {
        model.settingsChanged(settings);
        model.longBreakProperty().set("0");
        model.save();
        assertThat(model.messageProperty().get()).isEqualTo("Long break must be a whole number of minutes from 1 to 720.");
        model.longBreakProperty().set("15");
        model.everyProperty().set("101");
        model.save();
        assertThat(model.messageProperty().get()).isEqualTo("Long break every must be a whole number from 1 to 100.");
        assertThat(settings.values).isEmpty();
    }

    @Test
    void aChangeMadeElsewhereShowsAfterARefresh() {
        model.settingsChanged(settings);
        assertThat(model.enabledProperty().get()).isFalse();

        settings.update(PomodoroViewModel.PID, Map.of("enabled", true, "focusMinutes", 45, "longBreakEvery", 3));
        model.refresh();

        assertThat(model.enabledProperty().get()).isTrue();
        assertThat(model.focusProperty().get()).isEqualTo("45");
        assertThat(model.everyProperty().get()).isEqualTo("3");
    }
}
