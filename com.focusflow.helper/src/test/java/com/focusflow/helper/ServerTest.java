package com.focusflow.helper;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.focusflow.hosts.HostsFile;
import com.focusflow.hosts.protocol.Answer;
import com.focusflow.hosts.protocol.ErrorKind;
import com.focusflow.hosts.protocol.HelperClient;
import com.focusflow.hosts.protocol.Request;

/** The socket side: each bad request gets a clear refusal and changes nothing. */
class ServerTest {

    private static final String ORIGINAL = "127.0.0.1 localhost\n";

    @TempDir
    Path dir;

    private final ScheduledExecutorService timers = Executors.newScheduledThreadPool(1);
    private Server server;
    private Path socket;
    private Path hosts;

    @BeforeEach
    void serve() throws IOException {
        hosts = Files.writeString(dir.resolve("hosts"), ORIGINAL);
        socket = dir.resolve("helper.sock");
        ServerSocketChannel listener = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        listener.bind(UnixDomainSocketAddress.of(socket));
        Keeper keeper = new Keeper(new HostsFile(hosts), new StateStore(dir.resolve("state")), Policy.DEFAULT,
                new KeeperTest.TestClocks(), () -> {
                }, () -> {
                });
        server = new Server(listener, keeper, timers, Duration.ofMillis(300));
        Thread serving = new Thread(() -> {
            try {
                server.serve();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        serving.setDaemon(true);
        serving.start();
    }

    @AfterEach
    void stop() throws IOException {
        server.close();
        timers.shutdownNow();
    }

    @Test
    void statusAnswersWhichFileItKeeps() throws IOException {
        Answer status = client().send(new Request.Status());
        assertThat(status.ok()).isTrue();
        assertThat(status.text("hosts")).isEqualTo(hosts.toString());
        assertThat(status.fields()).containsEntry("engaged", false);
    }

    @Test
    void garbageOversizedAndSlowRequestsAreRefusedAndChangeNothing() throws IOException {
        assertThat(Answer.parse(client().exchange("\u0000\u00ff{")).error()).isEqualTo(ErrorKind.BAD_REQUEST);
        assertThat(Answer.parse(client().exchange("x".repeat(Request.MAX_LINE_BYTES + 10))).error())
                .isEqualTo(ErrorKind.TOO_LARGE);
        try (SocketChannel slow = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            slow.connect(UnixDomainSocketAddress.of(socket));
            slow.write(ByteBuffer.wrap("{\"v\":1,".getBytes(StandardCharsets.UTF_8)));
            ByteBuffer answer = ByteBuffer.allocate(4096);
            while (slow.read(answer) >= 0 && (answer.position() == 0 || answer.get(answer.position() - 1) != '\n')) {
                // wait for the whole answer line
            }
            String line = new String(answer.array(), 0, answer.position(), StandardCharsets.UTF_8).strip();
            assertThat(Answer.parse(line).error()).isEqualTo(ErrorKind.TIMEOUT);
        }
        assertThat(Answer.parse(client().exchange("{\"v\":1,\"op\":\"engage\",\"names\":[\"a.com\"]}")).error())
                .as("root (uid 0) is not an ordinary user").isEqualTo(ErrorKind.NOT_ALLOWED);
        assertThat(Files.readString(hosts)).isEqualTo(ORIGINAL);
    }

    private HelperClient client() {
        return new HelperClient(socket, Duration.ofSeconds(10));
    }
}
