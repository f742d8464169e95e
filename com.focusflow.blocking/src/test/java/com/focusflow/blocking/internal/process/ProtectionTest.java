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
        assertThat(protection.mayClose(new ProcessInfo(1000, 1, -1, 0, List.of("java", "discord"), true, false)))
                .as("what it runs is protected").isFalse();
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

    @Test
    void argv0IsNotWhatAProcessIsJudgedBy() {
        List<String> spoofed = ProcessNames.of("/home/u/.local/bin/ffgame", List.of("bash", "-l"), "bash");
        assertThat(spoofed).containsExactly("ffgame");
        assertThat(protection.mayClose(info(1000, spoofed))).isTrue();

        List<String> alsoJava = ProcessNames.of("/opt/ffgame/ffgame", List.of("java"), "java");
        assertThat(protection.mayClose(info(1000, alsoJava))).isTrue();
    }

    @Test
    void aShellRunningAScriptIsThatScriptAndAnInteractiveShellStaysProtected() {
        List<String> script = ProcessNames.of("/usr/bin/bash", List.of("/bin/bash", "-e", "/home/u/bin/ffgame.sh", "--level", "2"), "bash");
        assertThat(script).containsExactly("ffgame.sh", "ffgame", "bash");
        assertThat(protection.mayClose(info(1000, script))).isTrue();

        assertThat(ProcessNames.of("/usr/bin/python3.12", List.of("python3", "-u", "-m", "ffgame"), "python3"))
                .containsExactly("ffgame", "python3.12");
        assertThat(ProcessNames.of("/usr/bin/perl", List.of("perl", "-e", "print 1", "x.pl"), "perl")).containsExactly("perl");

        List<String> interactive = ProcessNames.of("/usr/bin/bash", List.of("-bash"), "bash");
        assertThat(interactive).containsExactly("bash");
        assertThat(protection.mayClose(info(1000, interactive))).isFalse();
        List<String> inline = ProcessNames.of("/bin/dash", List.of("sh", "-c", "ffgame"), "sh");
        assertThat(protection.mayClose(info(1000, inline))).as("sh -c runs no script of its own").isFalse();
    }

    @Test
    void withoutAReadableExecutableArgv0AndTheKernelNameAreAllThereIs() {
        assertThat(ProcessNames.of(null, List.of("/usr/bin/ffgame"), "ffgame")).containsExactly("ffgame");
        assertThat(ProcessNames.of(null, List.of(), "kthreadd")).containsExactly("kthreadd");
    }

    private static ProcessInfo info(long pid, List<String> names) {
        return new ProcessInfo(pid, 1, -1, 0, names, true, false);
    }

    private static ProcessInfo info(long pid, String name, boolean mine, boolean system) {
        return new ProcessInfo(pid, 1, -1, 0, List.of(name), mine, system);
    }
}
