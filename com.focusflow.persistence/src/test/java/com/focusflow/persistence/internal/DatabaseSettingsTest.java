package com.focusflow.persistence.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class DatabaseSettingsTest {

    @Test
    void defaultFileIsInTheDataDir() {
        DatabaseSettings s = DatabaseSettings.of(Configs.database("", 10_000, 5), "/home/ada/.focusflow");

        assertThat(s.file()).isEqualTo(Path.of("/home/ada/.focusflow/focusflow.db"));
        assertThat(s.driverProperties()).containsEntry("url", "jdbc:sqlite:/home/ada/.focusflow/focusflow.db")
                .containsEntry("journalMode", "WAL").containsEntry("enforceForeignKeys", "true")
                .containsEntry("busyTimeout", "10000").containsEntry("transactionMode", "IMMEDIATE");
    }

    @Test
    void relativePathsAreInTheDataDirAbsoluteOnesAsGiven() {
        assertThat(DatabaseSettings.of(Configs.database("db/other.db", 0, 1), "/data").file())
                .isEqualTo(Path.of("/data/db/other.db"));
        assertThat(DatabaseSettings.of(Configs.database(" /tmp/x.db ", 0, 1), null).file()).isEqualTo(Path.of("/tmp/x.db"));
    }

    @Test
    void badSettingsAreNamed() {
        assertThatThrownBy(() -> DatabaseSettings.of(Configs.database("", 0, 5), null))
                .hasMessageContaining("focusflow.home");
        assertThatThrownBy(() -> DatabaseSettings.of(Configs.database("", 0, 6), "/data"))
                .hasMessageContaining("maxConnections must be 1..5");
        assertThatThrownBy(() -> DatabaseSettings.of(Configs.database("", -1, 5), "/data"))
                .hasMessageContaining("busyTimeoutMillis");
    }
}
