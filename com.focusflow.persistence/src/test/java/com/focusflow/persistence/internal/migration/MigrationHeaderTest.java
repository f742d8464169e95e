package com.focusflow.persistence.internal.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class MigrationHeaderTest {

    @Test
    void absentHeaderMeansNoTables() {
        assertThat(MigrationHeader.folder(null)).isNull();
    }

    @Test
    void folderIsTrimmedOfBlanksAndSlashes() {
        assertThat(MigrationHeader.folder("db/migration")).isEqualTo("db/migration");
        assertThat(MigrationHeader.folder("  /db/migration/ ")).isEqualTo("db/migration");
        assertThat(MigrationHeader.folder("sql")).isEqualTo("sql");
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "  ", "/", "db/../other", "..", "./db", "db//migration", "db/migration, other",
            "db;version=1", "db/mi gration" })
    void anythingButOneFolderInsideTheBundleIsRefusedNamingTheHeader(String header) {
        assertThatThrownBy(() -> MigrationHeader.folder(header)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("FocusFlow-Migrations").hasMessageContaining("'" + header + "'");
    }
}
