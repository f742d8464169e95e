package com.focusflow.ui.internal.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StartAtLoginViewModelTest {
    private final StartAtLoginViewModel model = new StartAtLoginViewModel(new UiThreads(Runnable::run, Runnable::run));
    private final List<Map<String, Object>> writes = new ArrayList<>();
    private final MapSettings settings = new MapSettings() {
        @Override
        public void update(String pid, Map<String, Object> changes) {
            writes.add(changes);
            super.update(pid, changes);
        }
    };

    @Test
    void theSwitchShowsTheConfigurationAndTickingItChangesOnlyTheConfiguration() {
        model.settingsChanged(settings);
        assertThat(model.enabledProperty().get()).as("off by default").isFalse();
        assertThat(model.availableProperty().get()).isTrue();
        assertThat(writes).as("reading writes nothing").isEmpty();

        model.enabledProperty().set(true);
        assertThat(settings.read(StartAtLoginViewModel.PID)).containsEntry("enabled", true);
        assertThat(model.messageProperty().get()).isEqualTo("FocusFlow will start hidden when you log in.");

        model.enabledProperty().set(false);
        assertThat(settings.read(StartAtLoginViewModel.PID)).containsEntry("enabled", false);
        assertThat(model.messageProperty().get()).isEqualTo("FocusFlow will not start at login.");
    }

    @Test
    void aChangeMadeElsewhereShowsAfterARefreshAndIsNotWrittenBack() {
        model.settingsChanged(settings);
        settings.values.put(StartAtLoginViewModel.PID, Map.of("enabled", "true")); // a .cfg file holds strings
        model.refresh();
        assertThat(model.enabledProperty().get()).isTrue();
        settings.values.put(StartAtLoginViewModel.PID, Map.of("enabled", false)); // the web console
        model.refresh();
        assertThat(model.enabledProperty().get()).isFalse();
        assertThat(writes).isEmpty();
    }

    @Test
    void aFailedSaveSaysWhyAndTheSwitchGoesBack() {
        Settings refusing = new MapSettings() {
            @Override
            public void update(String pid, Map<String, Object> changes) {
                throw new IllegalStateException("configuration store is read-only");
            }
        };
        model.settingsChanged(refusing);
        model.enabledProperty().set(true);
        assertThat(model.enabledProperty().get()).isFalse();
        assertThat(model.messageProperty().get()).isEqualTo("Start at login could not be changed: configuration store is read-only");
    }

    @Test
    void withoutConfigAdminTheSwitchIsUnavailable() {
        model.settingsChanged(settings);
        model.settingsChanged(null);
        assertThat(model.availableProperty().get()).isFalse();
    }
}
