package com.focusflow.helper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PolicyTest {

    @Test
    void byDefaultOrdinaryUsersMayEngageAndSystemUsersMayNot() {
        assertThat(Policy.DEFAULT.mayEngage(1000)).isTrue();
        assertThat(Policy.DEFAULT.mayEngage(0)).isFalse();
        assertThat(Policy.DEFAULT.mayEngage(999)).isFalse();
    }

    @Test
    void theFileAllowsAndDenies() {
        Policy policy = Policy.parse(List.of("# comment", "", "minUid = 2000", "allowUids=5, 6", "denyUids=2001",
                "maxStrictHours=12", "repairSeconds=30", "idleSeconds=120"), "helper.conf");
        assertThat(policy.mayEngage(5)).isTrue();
        assertThat(policy.mayEngage(1000)).isFalse();
        assertThat(policy.mayEngage(2000)).isTrue();
        assertThat(policy.mayEngage(2001)).isFalse();
        assertThat(policy.maxStrict()).isEqualTo(Duration.ofHours(12));
        assertThat(policy.repairEvery()).isEqualTo(Duration.ofSeconds(30));
        assertThat(policy.idleExit()).isEqualTo(Duration.ofSeconds(120));
    }

    @ParameterizedTest
    @ValueSource(strings = { "minUd=1000", "minUid", "minUid=-1", "minUid=abc", "repairSeconds=61", "allowUids=1,x",
            "maxStrictHours=0" })
    void aTypoStopsTheHelperInsteadOfOpeningIt(String line) {
        assertThatThrownBy(() -> Policy.parse(List.of("# ok", line), "helper.conf"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("helper.conf line 2");
    }

    @Test
    void aPolicyFileOthersMayWriteIsRefused(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path conf = java.nio.file.Files.writeString(dir.resolve("helper.conf"), "minUid=0\n");
        java.nio.file.Files.setPosixFilePermissions(conf, java.nio.file.attribute.PosixFilePermissions.fromString("rw-rw-rw-"));
        assertThatThrownBy(() -> Policy.read(conf)).hasMessageContaining("writable by nobody else");
        java.nio.file.Files.setPosixFilePermissions(conf, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        assertThat(Policy.read(conf).mayEngage(0)).isTrue();
        assertThat(Policy.read(dir.resolve("missing.conf"))).isEqualTo(Policy.DEFAULT);
    }

    @Test
    void uidsComeFromPasswdLines() {
        List<String> passwd = List.of("root:x:0:0:root:/root:/bin/bash", "alice:x:1000:1000::/home/alice:/bin/sh");
        assertThat(Uids.fromPasswd(passwd, "alice")).hasValue(1000);
        assertThat(Uids.fromPasswd(passwd, "root")).hasValue(0);
        assertThat(Uids.fromPasswd(passwd, "mallory")).isEmpty();
    }
}
