package com.focusflow.launcher;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A second launch on a data dir that a running FocusFlow holds asks that one, through the Unix socket
 * {@code <data dir>/focusflow.sock}, to show itself. The running side (com.focusflow.embedded) answers with
 * one line: {@code shown} when a window came forward, or {@code running <console URL>} without one.
 */
final class HandOver {

    static final String SHOW = "show";
    static final String SHOWN = "shown";
    static final String RUNNING = "running";

    private HandOver() {
    }

    /** Asks the running FocusFlow to show itself; its answer, or empty if it does not answer (yet). */
    static Optional<String> tryAsk(Path socket) {
        try {
            return Optional.of(request(socket));
        } catch (IOException notListening) {
            return Optional.empty();
        }
    }

    static String describe(String answer, Path home) {
        if (answer.equals(SHOWN)) {
            return "FocusFlow is already running on " + home + "; its window was brought to the front.";
        }
        if (answer.startsWith(RUNNING + " ")) {
            return "FocusFlow is already running on " + home + " (no window to show): " + answer.substring(RUNNING.length() + 1);
        }
        return "FocusFlow is already running on " + home + ".";
    }

    private static String request(Path socket) throws IOException {
        try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            channel.connect(UnixDomainSocketAddress.of(socket));
            channel.write(ByteBuffer.wrap((SHOW + "\n").getBytes(StandardCharsets.UTF_8)));
            channel.shutdownOutput();
            ByteBuffer in = ByteBuffer.allocate(512);
            while (in.hasRemaining() && channel.read(in) >= 0) {
                // read the whole (short) answer
            }
            String answer = new String(in.array(), 0, in.position(), StandardCharsets.UTF_8).strip();
            if (answer.isEmpty()) {
                throw new IOException("no answer yet");
            }
            return answer;
        }
    }
}
