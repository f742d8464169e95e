package com.focusflow.blocking.internal.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A process serving the desktop session is recognised by its listening sockets, from an injected /proc. */
class SessionSocketsTest {

    @TempDir
    Path proc;

    private SessionSockets sockets;

    @BeforeEach
    void proc() throws Exception {
        Files.createDirectories(proc.resolve("net"));
        Files.writeString(proc.resolve("net/unix"), String.join("\n",
                "Num       RefCount Protocol Flags    Type St Inode Path",
                "0000000000000001: 00000002 00000000 00010000 0001 01 1001 /run/user/1000/gnupg/S.gpg-agent",
                "0000000000000002: 00000002 00000000 00010000 0001 01 1002 /run/user/1000/discord-ipc-0",
                "0000000000000003: 00000002 00000000 00010000 0001 01 1003 @/tmp/.X11-unix/X0",
                "0000000000000004: 00000003 00000000 00000000 0001 03 1004 /run/user/1000/wayland-0",
                "0000000000000005: 00000002 00000000 00010000 0001 01 1005 /home/u/.cache/agent.sock",
                "0000000000000006: 00000002 00000000 00010000 0001 01 1006 /tmp/ssh-XYZ123/agent.4242",
                "0000000000000007: 00000003 00000000 00000000 0001 03 1007", ""));
        process(10, "1001", "pipe:[9]");         // a renamed gpg-agent
        process(11, "1002");                      // Discord's own IPC socket
        process(12, "1003");                      // an X server under another name
        process(13, "1004", "1007");              // a client of Wayland: connected, not listening
        process(14, "1005");                      // an agent at the path $SSH_AUTH_SOCK names
        process(15, "1006");                      // ssh-agent's default socket
        sockets = new SessionSockets(proc, Set.of("/home/u/.cache/agent.sock"));
    }

    @Test
    void serversOfTheDisplayBusAudioAndKeyAgentsServeTheSession() {
        assertThat(sockets.serves(10)).as("gpg-agent's socket").isTrue();
        assertThat(sockets.serves(12)).as("the X display").isTrue();
        assertThat(sockets.serves(14)).as("$SSH_AUTH_SOCK").isTrue();
        assertThat(sockets.serves(15)).as("/tmp/ssh-*/agent.*").isTrue();
    }

    @Test
    void anAppsOwnSocketsAndClientsOfTheSessionDoNot() {
        assertThat(sockets.serves(11)).as("an app's IPC socket in the runtime dir").isFalse();
        assertThat(sockets.serves(13)).as("a Wayland client").isFalse();
        assertThat(sockets.serves(99)).as("a process that is gone").isFalse();
    }

    private void process(long pid, String... sockets) throws Exception {
        Path fd = Files.createDirectories(proc.resolve(pid + "/fd"));
        for (int i = 0; i < sockets.length; i++) {
            String target = sockets[i].contains(":") ? sockets[i] : "socket:[" + sockets[i] + "]";
            Files.createSymbolicLink(fd.resolve(Integer.toString(i + 3)), Path.of(target));
        }
    }
}
