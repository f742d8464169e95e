package com.focusflow.config.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;

class StoredTest {

    @Test
    void aPidWithFilterCharactersNamesOnlyItself() throws Exception {
        String pid = "odd*(pid)\\x";
        String filter = "(service.pid=" + Stored.escaped(pid) + ")";

        assertThat(Stored.escaped("com.focusflow.analytics")).isEqualTo("com.focusflow.analytics");
        assertThat(FrameworkUtil.createFilter(filter).matches(Map.of("service.pid", pid))).isTrue();
        assertThat(FrameworkUtil.createFilter(filter).matches(Map.of("service.pid", "odd-other(pid)\\x"))).isFalse();
    }
}
