package com.focusflow.helper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.AsynchronousCloseException;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.OptionalInt;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;

import jdk.net.ExtendedSocketOptions;
import jdk.net.UnixDomainPrincipal;

import com.focusflow.hosts.protocol.Answer;
import com.focusflow.hosts.protocol.ErrorKind;
import com.focusflow.hosts.protocol.ProtocolException;
import com.focusflow.hosts.protocol.Request;

/**
 * Serves the socket: one request line per connection, one answer line, then the connection is closed. A
 * request must arrive whole within the read timeout and stay under {@link Request#MAX_LINE_BYTES}; every
 * request is logged with the caller's uid from {@code SO_PEERCRED}. A few worker threads and a short
 * queue: a flood of connections is refused, never queued without bound.
 */
final class Server {

    private static final Logger LOG = Logger.getLogger(Server.class.getName());

    private final ServerSocketChannel listener;
    private final Keeper keeper;
    private final ScheduledExecutorService timers;
    private final Duration readTimeout;
    private final ThreadPoolExecutor workers = new ThreadPoolExecutor(4, 4, 0, TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(32), r -> daemon(r, "focusflow-helper worker"));
    private final AtomicLong lastRequest = new AtomicLong(System.nanoTime());

    Server(ServerSocketChannel listener, Keeper keeper, ScheduledExecutorService timers, Duration readTimeout) {
        this.listener = listener;
        this.keeper = keeper;
        this.timers = timers;
        this.readTimeout = readTimeout;
    }

    /** Accepts connections until the listener is closed. */
    void serve() throws IOException {
        while (true) {
            SocketChannel connection;
            try {
                connection = listener.accept();
            } catch (ClosedChannelException e) {
                return;
            }
            lastRequest.set(System.nanoTime());
            try {
                workers.execute(() -> handle(connection));
            } catch (RejectedExecutionException e) {
                LOG.warning("Too many connections at once; one refused");
                closeQuietly(connection);
            }
        }
    }

    /** Nanos since the last connection (for the idle exit). */
    long idleNanos() {
        return workers.getActiveCount() > 0 ? 0 : System.nanoTime() - lastRequest.get();
    }

    void close() throws IOException {
        listener.close();
        workers.shutdownNow();
    }

    private void handle(SocketChannel connection) {
        AtomicBoolean late = new AtomicBoolean();
        // Ends a slow read: the read sees the end of input and the caller still gets a TIMEOUT answer.
        ScheduledFuture<?> deadline = timers.schedule(() -> {
            late.set(true);
            try {
                connection.shutdownInput();
            } catch (IOException e) {
                closeQuietly(connection);
            }
        }, readTimeout.toMillis(), TimeUnit.MILLISECONDS);
        String who = "uid ?";
        try (connection) {
            OptionalInt uid = uid(connection);
            who = uid.isPresent() ? "uid " + uid.getAsInt() : "uid unknown";
            Answer answer;
            String summary;
            try {
                String line = readLine(connection, late);
                Request request = Request.parse(line);
                summary = summary(request);
                answer = uid.isPresent() ? keeper.handle(uid.getAsInt(), request)
                        : Answer.refused(ErrorKind.NOT_ALLOWED, "the caller's uid cannot be told");
            } catch (ProtocolException e) {
                summary = "refused request";
                answer = Answer.refused(e.kind(), e.getMessage());
            }
            LOG.info(who + " " + summary + " -> " + (answer.ok() ? "ok" : answer.error() + ": " + answer.message()));
            deadline.cancel(false);
            ByteBuffer out = ByteBuffer.wrap((answer.toJson() + "\n").getBytes(StandardCharsets.UTF_8));
            while (out.hasRemaining()) {
                connection.write(out);
            }
        } catch (AsynchronousCloseException e) {
            LOG.info(who + " -> TIMEOUT: no complete request within " + readTimeout.toMillis() + " ms");
        } catch (IOException e) {
            LOG.info(who + " -> connection failed: " + e.getMessage());
        } finally {
            deadline.cancel(false);
        }
    }

    private static OptionalInt uid(SocketChannel connection) {
        try {
            UnixDomainPrincipal peer = connection.getOption(ExtendedSocketOptions.SO_PEERCRED);
            return Uids.of(peer);
        } catch (IOException | UnsupportedOperationException e) {
            return OptionalInt.empty();
        }
    }

    /** Reads up to the first line end; refuses more than the limit and bytes that are not UTF-8. */
    private String readLine(SocketChannel connection, AtomicBoolean late) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        ByteBuffer buffer = ByteBuffer.allocate(16 * 1024);
        while (true) {
            buffer.clear();
            int read = connection.read(buffer);
            if (read < 0 && late.get()) {
                throw new ProtocolException(ErrorKind.TIMEOUT, "no complete request line within "
                        + readTimeout.toMillis() + " ms");
            }
            if (read < 0) {
                throw new ProtocolException(ErrorKind.BAD_REQUEST, "the request has no line end");
            }
            int end = 0;
            while (end < read && buffer.get(end) != '\n') {
                end++;
            }
            line.write(buffer.array(), 0, end);
            if (line.size() > Request.MAX_LINE_BYTES) {
                throw new ProtocolException(ErrorKind.TOO_LARGE, "a request line has at most " + Request.MAX_LINE_BYTES + " bytes");
            }
            if (end < read) {
                return decode(line.toByteArray());
            }
        }
    }

    private static String decode(byte[] bytes) {
        try {
            CharBuffer chars = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            String text = chars.toString();
            return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
        } catch (CharacterCodingException e) {
            throw new ProtocolException(ErrorKind.BAD_REQUEST, "the request is not UTF-8");
        }
    }

    private static String summary(Request request) {
        if (request instanceof Request.Engage engage) {
            return "engage " + engage.names().size() + " names"
                    + (engage.strictUntil() == null ? "" : " strict until " + engage.strictUntil());
        }
        return request instanceof Request.Status ? "status" : "release";
    }

    private static void closeQuietly(SocketChannel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            // closing is all that was wanted
        }
    }

    static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }
}
