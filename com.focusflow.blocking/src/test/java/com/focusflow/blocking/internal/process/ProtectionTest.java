package com.focusflow.blocking.internal.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class ProtectionTest {

    private final Protection protection = new Protection(Set.of(500L, 400L, 1L));

    @Test
    void mayCloseAnOrdinaryAppOfTheUser() {
        assertThat(protection.mayClose(info(1000, "discord", true, false))).isTrue();
    }

    @Test
    void neverClosesFocusFlowItsAncestorsOtherUsersSystemOrProtectedNames() {
        assertThat(protection.mayClose(info(500, "discord", true, false))).as("FocusFlow itself").isFalse();
        assertThat(protection.mayClose(info(400, "discord", true, false))).as("its terminal").isFalse();
        assertThat(protection.mayClose(info(1000, "discord", false, false))).as("another user's").isFalse();
        assertThat(protection.mayClose(info(1000, "discord", true, true))).as("kernel thread").isFalse();
        assertThat(protection.mayClose(info(1, "discord", true, false))).as("init").isFalse();
        assertThat(protection.mayClose(info(1000, "gnome-shell", true, false))).isFalse();
        assertThat(protection.mayClose(new ProcessInfo(1000, 1, 0, List.of("discord", "java"), true, false)))
                .as("any of its names protected").isFalse();
    }

    @Test
    void thisJvmAndItsParentAreProtected() {
        Protection self = Protection.forThisProcess();
        long pid = ProcessHandle.current().pid();
        assertThat(self.mayClose(info(pid, "discord", true, false))).isFalse();
        ProcessHandle.current().parent().ifPresent(p -> assertThat(self.mayClose(info(p.pid(), "discord", true, false))).isFalse());
    }

    @Test
    void keysDropPathsExeAndDeletedMarks() {
        assertThat(ProcessInfo.keys("/usr/lib/firefox/firefox", "firefox", null, " ")).containsExactly("firefox");
        assertThat(ProcessInfo.keys("C:\\Apps\\Discord.exe")).containsExactly("discord");
        assertThat(ProcessInfo.keys("/tmp/app (deleted)")).containsExactly("app");
    }

    private static ProcessInfo info(long pid, String name, boolean mine, boolean system) {
        return new ProcessInfo(pid, 1, 0, List.of(name), mine, system);
    }
}
