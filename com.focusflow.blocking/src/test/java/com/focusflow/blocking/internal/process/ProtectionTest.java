package com.focusflow.blocking.internal.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class ProtectionTest {

    private final Protection protection = new Protection(Set.of(500L, 400L, 1L), pid -> pid == 777);

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
    void eachRefusalSaysWhichRuleKeptTheProcess() {
        assertThat(protection.refusal(info(1000, "discord", true, false))).isNull();
        assertThat(protection.refusal(info(1000, "discord", false, false))).isEqualTo("it is another user's");
        assertThat(protection.refusal(info(1000, "discord", true, true))).isEqualTo("it is part of the system or a privileged program");
        assertThat(protection.refusal(info(500, "discord", true, false))).isEqualTo("FocusFlow runs in it");
        assertThat(protection.refusal(info(1000, List.of()))).isEqualTo("what it runs is unknown");
        assertThat(protection.refusal(info(1000, "gnome-shell", true, false))).isEqualTo("it is a protected app");
        assertThat(protection.refusal(info(777, "discord", true, false))).isEqualTo("it serves the desktop session");
    }

    @Test
    void busyboxRunningAScriptIsThatScriptAndItsShellStaysProtected() {
        List<String> applet = ProcessNames.of("/bin/busybox", List.of("sh", "/home/u/ffgame.sh"), "sh");
        assertThat(applet).containsExactly("ffgame.sh", "ffgame", "busybox");
        assertThat(protection.mayClose(info(1000, applet))).isTrue();
        assertThat(ProcessNames.of("/bin/busybox", List.of("busybox", "ash", "/home/u/ffgame.sh"), "busybox"))
                .containsExactly("ffgame.sh", "ffgame", "busybox");

        List<String> shell = ProcessNames.of("/bin/busybox", List.of("-sh"), "sh");
        assertThat(shell).containsExactly("busybox");
        assertThat(protection.mayClose(info(1000, shell))).isFalse();
        assertThat(ProcessNames.of("/bin/busybox", List.of("sleep", "60"), "sleep")).containsExactly("busybox");
    }

    @Test
    void aServerOfTheDesktopSessionIsNeverClosedWhateverItsName() {
        assertThat(protection.mayClose(info(777, "ffrenamedagent", true, false))).isFalse();
    }

    @Test
    void aJavaAppIsItsJarSourceFileOrMainClassNotTheProtectedJava() {
        List<String> jar = ProcessNames.of("/usr/lib/jvm/17/bin/java",
                List.of("java", "-Xmx1g", "-Dx=y", "-cp", "a.jar", "-jar", "/opt/ffgame/FFGame.jar", "--fullscreen"), "java");
        assertThat(jar).containsExactly("ffgame.jar", "ffgame", "java");
        assertThat(protection.mayClose(info(1000, jar))).isTrue();

        assertThat(ProcessNames.of("/usr/bin/java", List.of("java", "--class-path", "lib/*", "-ea", "com.example.FFGame", "x"),
                "java")).containsExactly("ffgame", "java");
        assertThat(ProcessNames.of("/usr/bin/java", List.of("java", "-p", "mods", "-m", "ff.game/com.example.FFGame"), "java"))
                .containsExactly("ffgame", "java");
        assertThat(ProcessNames.of("/usr/bin/java", List.of("java", "FFGame.java"), "java")).containsExactly("ffgame.java",
                "ffgame", "java");

        List<String> version = ProcessNames.of("/usr/bin/java", List.of("java", "-version"), "java");
        assertThat(version).containsExactly("java");
        assertThat(protection.mayClose(info(1000, version))).as("a JVM running nothing known is java").isFalse();
        List<String> focusFlow = ProcessNames.of("/usr/bin/java", List.of("java", "@/opt/focusflow/jvm.options", "-jar",
                "/opt/focusflow/focusflow.jar"), "java");
        assertThat(protection.mayClose(info(1000, focusFlow))).as("another FocusFlow: focusflow.jar is focusflow").isFalse();
    }

    @Test
    void aJavaAppCallingItselfJavaInArgv0IsNotImmune() {
        List<String> spoofed = ProcessNames.of("/home/u/ffgame/bin/ffgame", List.of("java", "-jar", "x.jar"), "java");
        assertThat(spoofed).containsExactly("ffgame");
        assertThat(protection.mayClose(info(1000, spoofed))).isTrue();
    }

    @Test
    void theLeaderOfFocusFlowsSessionIsReadFromItsStat(@org.junit.jupiter.api.io.TempDir Path proc) throws Exception {
        java.nio.file.Files.createDirectories(proc.resolve("self"));
        java.nio.file.Files.writeString(proc.resolve("self/stat"), "4711 (java (ff) x) S 4700 4705 4321 34816 4711 0 0\n");
        assertThat(Protection.sessionLeader(proc)).contains(4321L);
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
