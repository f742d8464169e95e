package com.focusflow.persistence.internal.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationScriptsTest {

    @Test
    void scriptsInADirectoryAreFoundInVersionOrder() {
        List<MigrationScript> scripts = MigrationScripts.fromCodeSource(getClass(), "db/test-migration");

        assertThat(scripts).extracting(MigrationScript::version).containsExactly(1, 2);
        assertThat(scripts.get(0).description()).isEqualTo("create notes");
        assertThat(scripts.get(0).statements()).hasSize(2);
        assertThat(scripts.get(1).statements()).containsExactly("ALTER TABLE notes ADD COLUMN created_at INTEGER",
                "CREATE INDEX notes_created_at ON notes (created_at)");
    }

    @Test
    void scriptsInAJarAreFoundToo(@TempDir Path dir) throws Exception {
        Path jar = dir.resolve("scripts.jar");
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
            for (String name : List.of("db/migration/V2__b.sql", "db/migration/V1__a.sql", "db/migration/sub/V9__no.sql",
                    "db/other/V3__no.sql")) {
                out.putNextEntry(new JarEntry(name));
                out.write("SELECT 1;".getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        assertThat(MigrationScripts.fromLocation(jar, "db/migration")).extracting(MigrationScript::name)
                .containsExactly("V1__a.sql", "V2__b.sql");
    }

    @Test
    void aMissingFolderHasNoScripts() {
        assertThat(MigrationScripts.fromCodeSource(getClass(), "db/nothing-here")).isEmpty();
    }

    @Test
    void fileNamesMustCarryVersionAndDescription() {
        for (String bad : List.of("V0__zero.sql", "V1_one_underscore.sql", "v1__lower.sql", "V1__.sql", "V1__x.txt", "create.sql")) {
            assertThatThrownBy(() -> MigrationScript.of(bad, "")).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(MigrationScript.of("V12__add_label-column.sql", "").description()).isEqualTo("add label-column");
    }
}
