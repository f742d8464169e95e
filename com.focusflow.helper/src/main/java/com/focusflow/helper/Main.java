package com.focusflow.helper;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channel;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.ConsoleHandler;
import java.util.logging.Formatter;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import com.focusflow.hosts.DnsFlush;
import com.focusflow.hosts.HostsFile;

/**
 * FocusFlow's privileged helper: keeps FocusFlow's marker-delimited block in one hosts file equal to a
 * validated list of names, for the users its policy allows, and holds strict blocks until their end.
 *
 * <pre>
 * java -jar focusflow-helper.jar [--listen SOCKET] [--hosts FILE] [--state DIR] [--config FILE]
 * java -jar focusflow-helper.jar --remove-block [--hosts FILE] [--state DIR]     (uninstall: root ends any block)
 * </pre>
 *
 * Without {@code --listen} the listening socket is taken from standard input (systemd socket activation,
 * {@code StandardInput=socket}); the helper then exits when idle with nothing strict engaged.
 */
public final class Main {

    static final String DEFAULT_SOCKET = "/run/focusflow/helper.sock";
    static final String DEFAULT_HOSTS = "/etc/hosts";
    static final String DEFAULT_STATE = "/var/lib/focusflow-helper";
    static final String DEFAULT_CONFIG = "/etc/focusflow/helper.conf";
    private static final Logger LOG = Logger.getLogger(Main.class.getName());
    private static final long COMPACT_AFTER_SECONDS = 2;

    private Main() {
    }

    public static void main(String[] args) throws Exception {
        configureLogging();
        if (args.length > 0 && args[0].equals("--remove-block")) {
            Options options = Options.parse(java.util.Arrays.copyOfRange(args, 1, args.length));
            new HostsFile(options.hosts()).remove();
            new StateStore(options.state()).clear();
            LOG.info("FocusFlow's block removed from " + options.hosts());
            return;
        }
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("focusflow-helper: " + e.getMessage());
            System.err.println("usage: java -jar focusflow-helper.jar [--listen SOCKET] [--hosts FILE] [--state DIR] [--config FILE]");
            System.exit(2);
            return;
        }
        Policy policy;
        try {
            policy = Policy.read(options.config());
        } catch (IllegalArgumentException | IOException e) {
            System.err.println("focusflow-helper: bad policy, not starting: " + e.getMessage());
            System.exit(2);
            return;
        }
        ServerSocketChannel listener = options.listen() == null ? inherited() : bind(options.listen());
        boolean activated = options.listen() == null;
        ScheduledExecutorService timers = Executors.newScheduledThreadPool(1, r -> Server.daemon(r, "focusflow-helper timer"));
        Keeper keeper = new Keeper(new HostsFile(options.hosts().toAbsolutePath()), new StateStore(options.state()), policy,
                Clocks.system(), DnsFlush::run, compactWhenQuiet(timers));
        keeper.start();
        Server server = new Server(listener, keeper, timers, Duration.ofSeconds(5));
        long every = policy.repairEvery().toMillis();
        timers.scheduleWithFixedDelay(keeper::tick, every, every, TimeUnit.MILLISECONDS);
        if (activated) {
            timers.scheduleWithFixedDelay(() -> exitWhenIdle(server, keeper, policy.idleExit()), 5, 5, TimeUnit.SECONDS);
        }
        LOG.info("FocusFlow helper " + (activated ? "socket-activated" : "listening on " + options.listen()) + ", keeping "
                + options.hosts() + ", state in " + options.state() + ", engage allowed from uid " + policy.minUid());
        server.serve();
    }

    /**
     * Full GCs once edits have paused for {@value #COMPACT_AFTER_SECONDS} s: the serial heap then shrinks to
     * what a held block needs (a few MiB), while a burst of edits keeps the heap it grew (each edit makes a few
     * copies of the file; shrinking between them and growing again doubled an edit's time).
     */
    private static Runnable compactWhenQuiet(ScheduledExecutorService timers) {
        AtomicReference<ScheduledFuture<?>> pending = new AtomicReference<>();
        return () -> {
            ScheduledFuture<?> previous = pending.getAndSet(timers.schedule(Main::compact, COMPACT_AFTER_SECONDS, TimeUnit.SECONDS));
            if (previous != null) {
                previous.cancel(false);
            }
        };
    }

    /** The serial heap shrinks in steps (0, 10, 40, 100 % of the excess) over consecutive full GCs. */
    private static void compact() {
        for (int step = 0; step < 4; step++) {
            System.gc();
        }
    }

    private static void exitWhenIdle(Server server, Keeper keeper, Duration idle) {
        if (server.idleNanos() > idle.toNanos() && !keeper.strict()) {
            LOG.info("Idle with nothing strict engaged; exiting until the next request");
            System.exit(0);
        }
    }

    private static ServerSocketChannel inherited() throws IOException {
        Channel channel = System.inheritedChannel();
        if (channel instanceof ServerSocketChannel listener) {
            return listener;
        }
        System.err.println("focusflow-helper: no --listen SOCKET given and no listening socket on standard input "
                + "(systemd: StandardInput=socket)");
        System.exit(2);
        return null;
    }

    private static ServerSocketChannel bind(Path socket) throws IOException {
        Path dir = socket.toAbsolutePath().getParent();
        if (!Files.isDirectory(dir)) {
            Files.createDirectories(dir);
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        if (Files.exists(socket) && !Files.isRegularFile(socket) && !Files.isDirectory(socket)) {
            Files.delete(socket); // a socket left by a previous run
        }
        ServerSocketChannel listener = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        listener.bind(UnixDomainSocketAddress.of(socket));
        // Anyone may connect; the policy decides by uid (a socket without write permission refuses users).
        Files.setPosixFilePermissions(socket, PosixFilePermissions.fromString("rw-rw-rw-"));
        return listener;
    }

    private static void configureLogging() {
        Logger root = Logger.getLogger("");
        for (var handler : root.getHandlers()) {
            root.removeHandler(handler);
        }
        ConsoleHandler console = new ConsoleHandler();
        console.setFormatter(new Formatter() {
            @Override
            public String format(LogRecord record) {
                return record.getLevel() + " " + formatMessage(record).replace('\n', ' ').replace('\r', ' ') + "\n";
            }
        });
        console.setLevel(Level.INFO);
        root.addHandler(console);
    }

    /** The command line. */
    record Options(Path listen, Path hosts, Path state, Path config) {

        static Options parse(String[] args) {
            Path listen = null;
            Path hosts = Path.of(DEFAULT_HOSTS);
            Path state = Path.of(DEFAULT_STATE);
            Path config = Path.of(DEFAULT_CONFIG);
            for (int i = 0; i < args.length; i++) {
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException(args[i] + " needs a value");
                }
                Path value = Path.of(args[++i]);
                switch (args[i - 1]) {
                    case "--listen" -> listen = value;
                    case "--hosts" -> hosts = value;
                    case "--state" -> state = value;
                    case "--config" -> config = value;
                    default -> throw new IllegalArgumentException("unknown option " + args[i - 1]);
                }
            }
            return new Options(listen, hosts, state, config);
        }
    }
}
