package com.focusflow.hosts.protocol;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Sends one request to the privileged helper over its Unix domain socket and reads the one-line answer,
 * within a deadline. A new connection per request: requests are rare (engage, release, a periodic status).
 */
public final class HelperClient {

    private final Path socket;
    private final Duration timeout;

    public HelperClient(Path socket, Duration timeout) {
        this.socket = socket;
        this.timeout = timeout;
    }

    public Path socket() {
        return socket;
    }

    /**
     * @throws IOException if the helper cannot be reached or does not answer in time (no such socket,
     *         nobody listening, a timeout)
     * @throws ProtocolException if what came back is not an answer
     */
    public Answer send(Request request) throws IOException {
        return Answer.parse(exchange(request.toJson()));
    }

    /** Sends one raw line and returns the raw answer line: for tests that speak to the helper as anybody could. */
    public String exchange(String line) throws IOException {
        long deadline = System.nanoTime() + timeout.toNanos();
        try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            channel.connect(UnixDomainSocketAddress.of(socket));
            ByteBuffer out = ByteBuffer.wrap((line + "\n").getBytes(StandardCharsets.UTF_8));
            try {
                while (out.hasRemaining()) {
                    channel.write(out);
                }
            } catch (IOException refusedEarly) {
                // the helper answered (e.g. TOO_LARGE) and closed before reading it all: read that answer
            }
            channel.configureBlocking(false);
            try (Selector selector = Selector.open()) {
                channel.register(selector, SelectionKey.OP_READ);
                ByteArrayOutputStream answer = new ByteArrayOutputStream();
                ByteBuffer in = ByteBuffer.allocate(8192);
                while (true) {
                    long left = deadline - System.nanoTime();
                    if (left <= 0) {
                        throw new IOException("the helper at " + socket + " did not answer within " + timeout.toMillis() + " ms");
                    }
                    selector.select(Math.max(1, left / 1_000_000));
                    selector.selectedKeys().clear();
                    in.clear();
                    int read = channel.read(in);
                    if (read < 0) {
                        throw new IOException("the helper at " + socket + " closed the connection without an answer");
                    }
                    for (int i = 0; i < read; i++) {
                        byte b = in.get(i);
                        if (b == '\n') {
                            return answer.toString(StandardCharsets.UTF_8);
                        }
                        answer.write(b);
                    }
                    if (answer.size() > Request.MAX_LINE_BYTES) {
                        throw new IOException("the helper's answer is too long");
                    }
                }
            }
        }
    }
}
