package com.focusflow.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Entry point of the executable jar. It settles what must be known before Felix starts (the data dir and
 * its lock, the credentials, the HTTP port, headless or not), prints the banner and hands over to bnd's
 * launcher. Whatever happens, the user gets one line, the log the details, and the exit code says how it
 * ended: 0 for a requested stop, 2 for a problem the user can fix before starting again, 1 for anything else.
 */
public final class Main {

    /** The HTTP port when {@code org.osgi.service.http.port} is not given; cnf/runtime.bnd sets the same. */
    static final String DEFAULT_PORT = "8089";
    static final int EXIT_USER_PROBLEM = 2;
    static final int EXIT_UNEXPECTED = 1;
    static final Duration HAND_OVER_PATIENCE = Duration.ofSeconds(30);

    /** Held (and so referenced) until the JVM exits: an unreachable channel would be closed, its lock dropped. */
    private static InstanceLock instanceLock;

    private Main() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        LaunchOptions options = LaunchOptions.parse(args);
        String version = version();
        if (options.help()) {
            System.out.print(LaunchOptions.usage());
            return;
        }
        if (options.version()) {
            System.out.println("FocusFlow " + version);
            return;
        }
        Map<String, String> env = System.getenv();
        Path home = DataDirectory.resolve(env, System.getProperties());
        if (options.printPassword()) {
            printPassword(RuntimeLayout.of(home));
            return;
        }
        RuntimeLayout layout;
        try {
            layout = RuntimeLayout.prepare(home);
        } catch (IOException e) {
            fail(e.getMessage());
            return;
        }
        LauncherLog.writeTo(layout.logFile());
        instanceLock = lockOrHandOver(layout);
        keepOwnerOnly(layout);
        layout.clearNativeLibraries();
        String port = System.getProperty("org.osgi.service.http.port", DEFAULT_PORT);
        Optional<String> problem = java.nio.file.Files.exists(layout.credentials()) ? Optional.empty()
                : FirstStart.checkChosenPassword(env);
        if (problem.isEmpty()) {
            problem = PortCheck.problem(port);
        }
        if (problem.isPresent()) {
            fail(problem.get());
            return;
        }
        Optional<String> password = FirstStart.ensureCredentials(layout.credentials(), env);
        boolean interactive = !options.headless() && System.console() != null;
        layout.applyTo(System.getProperties(), options.headless(), interactive);
        if (options.hidden()) {
            System.setProperty("focusflow.hidden", "true"); // the window starts hidden (start at login)
        }
        quietJavaUtilLogging();
        Lifecycle.handleSignals();
        printBanner(System.out, version, layout, port, password, interactive);
        LauncherLog.info("Starting FocusFlow " + version + " on " + home);
        System.exit(launch(layout, options.passThrough().toArray(String[]::new)));
    }

    /**
     * Never a second engine on the same data: while another FocusFlow holds the data dir, it is asked to show
     * itself and this launch ends with one line, exit 0. The other one may just be starting (its socket opens
     * once the framework is initialised) or stopping (its lock goes with its process), hence the retries.
     */
    private static InstanceLock lockOrHandOver(RuntimeLayout layout) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(HAND_OVER_PATIENCE);
        while (true) {
            Optional<InstanceLock> lock = InstanceLock.tryAcquire(layout.lock());
            if (lock.isPresent()) {
                return lock.get();
            }
            Optional<String> answer = HandOver.tryAsk(layout.socket());
            if (answer.isPresent() || Instant.now().isAfter(deadline)) {
                System.out.println(HandOver.describe(answer.orElse(""), layout.home()));
                System.exit(0);
            }
            Thread.sleep(200);
        }
    }

    /** Java cannot set the umask: what the running FocusFlow creates in the data dir is narrowed as it appears. */
    private static void keepOwnerOnly(RuntimeLayout layout) {
        try {
            OwnerOnlyWatch.start(layout.home()); // its daemon thread watches until the JVM exits
        } catch (IOException e) {
            LauncherLog.warn(OwnerOnlyWatch.notWatched(e));
        }
    }

    private static void printPassword(RuntimeLayout layout) {
        try {
            System.out.println(FirstStart.password(layout.credentials()));
        } catch (IOException e) {
            System.err.println("FocusFlow: " + e.getMessage());
            System.exit(EXIT_USER_PROBLEM);
        }
    }

    /** One line on the terminal, the same in the log, exit 2: a problem the user can fix. */
    private static void fail(String message) {
        System.err.println("FocusFlow did not start: " + message);
        LauncherLog.warn("Did not start: " + message);
        System.exit(EXIT_USER_PROBLEM);
    }

    private static void printBanner(PrintStream out, String version, RuntimeLayout layout, String port,
            Optional<String> password, boolean interactive) {
        String base = "http://127.0.0.1:" + port;
        out.printf("""
                FocusFlow %s
                  Data dir     %s
                  Web Console  %s/system/console
                  HTTP API     %s/focusflow/api/v1  (try /health)
                  Credentials  %s  (user admin; %s)
                  Logs         %s
                  Hot deploy   drop bundles (.jar) and configurations (.cfg) into %s
                  %s
                """, version, layout.home(), base, base, layout.credentials(),
                password.orElse("password: run/focusflow --print-password"), layout.logFile(), layout.load(),
                interactive ? "Shell        type 'help' for commands; 'stop 0', Ctrl-D or Ctrl-C on an empty line quit"
                        : "Stop         Ctrl-C or SIGTERM");
        out.flush();
    }

    /**
     * A few bundles (SPI Fly, JLine) log through java.util.logging, which would print every INFO line on
     * the terminal; FocusFlow's own log goes through SLF4J to the log file. Only warnings pass here, and
     * FileInstall's lines go to the log file only.
     */
    private static void quietJavaUtilLogging() {
        java.util.logging.Logger.getLogger("").setLevel(java.util.logging.Level.WARNING);
        FileInstallLog.install();
    }

    private static String version() throws IOException {
        Properties p = new Properties();
        try (InputStream in = Main.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                p.load(in);
            }
        }
        return p.getProperty("version", "unknown");
    }

    /**
     * bnd's embedded launcher sits at the root of the exported jar; it is not a compile-time dependency. Its
     * own messages (and stack traces) go to the log only: it captures stderr when it is created, and
     * com.focusflow.embedded gives stderr back to the terminal right after.
     */
    private static int launch(RuntimeLayout layout, String[] args) {
        PrintStream terminal = System.err;
        Lifecycle.keepTerminalErr(terminal);
        System.setErr(new PrintStream(LauncherLog.stream(), true, StandardCharsets.UTF_8));
        try {
            Optional<RunPath> runPath = unpackedRunPath(layout);
            Object code;
            if (runPath.isPresent()) {
                code = runPath.get().launch(args);
            } else {
                Object launcher = Class.forName("aQute.launcher.pre.EmbeddedLauncher").getConstructor().newInstance();
                code = launcher.getClass().getMethod("run", String[].class).invoke(launcher, (Object) args);
            }
            Lifecycle.restoreTerminalErr();
            String stopped = "FocusFlow stopped" + (Lifecycle.reason() == null ? "" : " (" + Lifecycle.reason() + ")") + ": "
                    + Lifecycle.stopSummary();
            LauncherLog.info(stopped);
            System.out.println(stopped);
            return (Integer) code;
        } catch (InvocationTargetException e) {
            return unexpected(layout, terminal, e.getCause());
        } catch (ReflectiveOperationException | IOException | RuntimeException | Error e) {
            return unexpected(layout, terminal, e);
        }
    }

    /** The run path kept unpacked in the data dir; empty (bnd's temp files then) if that cannot be done. */
    private static Optional<RunPath> unpackedRunPath(RuntimeLayout layout) {
        try {
            Path self = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return java.nio.file.Files.isRegularFile(self) ? RunPath.unpack(self, layout.runPath()) : Optional.empty();
        } catch (IOException | java.net.URISyntaxException | RuntimeException e) {
            LauncherLog.warn("Run path not kept in " + layout.runPath() + " (" + e + "); bnd's launcher unpacks it to temp files");
            return Optional.empty();
        }
    }

    private static int unexpected(RuntimeLayout layout, PrintStream terminal, Throwable cause) {
        Lifecycle.requestStop("unexpected error"); // said here: the shutdown hook need not say it again
        Lifecycle.restoreTerminalErr();
        LauncherLog.error("FocusFlow stopped after an unexpected error", cause);
        String what = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        terminal.println("FocusFlow stopped after an unexpected error: " + what + " (details in " + layout.logFile()
                + ")");
        return EXIT_UNEXPECTED;
    }
}
