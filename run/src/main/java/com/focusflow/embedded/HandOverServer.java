package com.focusflow.embedded;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

import com.focusflow.launcher.LauncherLog;

/**
 * The running side of the single-instance hand-over: listens on {@code <data dir>/focusflow.sock} (inside the
 * owner-only data dir, so only its owner can connect) and answers a second launch's {@code show} by running
 * every {@code java.lang.Runnable} service registered with {@code focusflow.launcher.action=show} (the window
 * registers one). The launcher holds the data dir's lock, so a socket file found at start is stale.
 */
final class HandOverServer {

    static final String SHOW_FILTER = "(&(objectClass=java.lang.Runnable)(focusflow.launcher.action=show))";
    private static final int MAX_REQUEST = 64;

    private final BundleContext context;
    private final Path socket;
    private final ServerSocketChannel server;

    private HandOverServer(BundleContext context, Path socket, ServerSocketChannel server) {
        this.context = context;
        this.socket = socket;
        this.server = server;
    }

    /** Starts listening; without Unix sockets here (or a path too long for one) a second launch just waits. */
    static HandOverServer open(BundleContext context, Path socket) {
        try {
            Files.deleteIfExists(socket);
            ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
            server.bind(UnixDomainSocketAddress.of(socket));
            HandOverServer handOver = new HandOverServer(context, socket, server);
            Thread thread = new Thread(handOver::serve, "FocusFlow hand-over");
            thread.setDaemon(true);
            thread.start();
            return handOver;
        } catch (IOException | UnsupportedOperationException e) {
            LauncherLog.warn("No hand-over socket at " + socket + " (" + e + "): a second launch will not bring this"
                    + " FocusFlow forward");
            return new HandOverServer(context, socket, null);
        }
    }

    private void serve() {
        while (server.isOpen()) {
            try (SocketChannel client = server.accept()) {
                String request = read(client);
                String answer = "show".equals(request) ? show() : "unknown request";
                client.write(ByteBuffer.wrap((answer + "\n").getBytes(StandardCharsets.UTF_8)));
            } catch (IOException closedOrBroken) {
                // closed at stop, or a client that went away: nothing to answer
            }
        }
    }

    private static String read(SocketChannel client) throws IOException {
        ByteBuffer in = ByteBuffer.allocate(MAX_REQUEST);
        while (in.hasRemaining() && client.read(in) >= 0) {
            // the request is one short line, then the client shuts its output
        }
        return new String(in.array(), 0, in.position(), StandardCharsets.UTF_8).strip();
    }

    /** Runs every show action; "shown" if one ran, otherwise where this FocusFlow can be reached. */
    String show() {
        int ran = 0;
        try {
            ServiceReference<?>[] actions = context.getServiceReferences(Runnable.class.getName(), SHOW_FILTER);
            for (ServiceReference<?> reference : actions == null ? new ServiceReference<?>[0] : actions) {
                Object action = context.getService(reference);
                if (action instanceof Runnable runnable) {
                    try {
                        runnable.run();
                        ran++;
                    } catch (RuntimeException e) {
                        LauncherLog.error("A show action failed for a second launch", e);
                    } finally {
                        context.ungetService(reference);
                    }
                }
            }
        } catch (InvalidSyntaxException | IllegalStateException e) {
            // the filter is constant; IllegalStateException: the framework is stopping
        }
        LauncherLog.info("A second launch asked this FocusFlow to show itself; " + ran + " show action(s) ran");
        return ran > 0 ? "shown" : "running http://127.0.0.1:"
                + context.getProperty("org.osgi.service.http.port") + "/system/console";
    }

    void close() {
        if (server == null || !server.isOpen()) {
            return;
        }
        try {
            server.close();
            Files.deleteIfExists(socket);
        } catch (IOException e) {
            // best effort: the next start deletes a stale socket file anyway
        }
    }
}
