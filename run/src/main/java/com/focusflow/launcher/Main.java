package com.focusflow.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.Properties;

/**
 * Entry point of the executable jar. It settles what must be known before Felix starts (the data dir,
 * the framework cache in it, headless or not), prints the banner and hands over to bnd's launcher.
 */
public final class Main {

    /** The HTTP port when {@code org.osgi.service.http.port} is not given; cnf/runtime.bnd sets the same. */
    static final String DEFAULT_PORT = "8089";

    private Main() {
    }

    public static void main(String[] args) throws Throwable {
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
        Path home = DataDirectory.resolve(System.getenv(), System.getProperties());
        RuntimeLayout layout;
        try {
            layout = RuntimeLayout.prepare(home);
        } catch (IOException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        boolean interactive = !options.headless() && System.console() != null;
        layout.applyTo(System.getProperties(), options.headless(), interactive);
        if (options.hidden()) {
            System.setProperty("focusflow.hidden", "true"); // the window starts hidden (start at login)
        }
        quietJavaUtilLogging();
        printBanner(System.out, version, layout, interactive);
        launch(options.passThrough().toArray(String[]::new));
    }

    private static void printBanner(PrintStream out, String version, RuntimeLayout layout, boolean interactive) {
        String base = "http://127.0.0.1:" + System.getProperty("org.osgi.service.http.port", DEFAULT_PORT);
        out.printf("""
                FocusFlow %s
                  Data dir     %s
                  Web Console  %s/system/console
                  HTTP API     %s/focusflow/api/v1  (try /health)
                  Credentials  %s  (user admin; made on first start)
                  Logs         %s
                  Hot deploy   drop bundles (.jar) and configurations (.cfg) into %s
                  %s
                """, version, layout.home(), base, base, layout.credentials(), layout.logFile(), layout.load(),
                interactive ? "Shell        type 'help' for commands, 'stop 0' to quit" : "Stop         Ctrl-C or SIGTERM");
    }

    /**
     * A few bundles (SPI Fly, JLine) log through java.util.logging, which would print every INFO line on
     * the terminal; FocusFlow's own log goes through SLF4J to the log file. Only warnings pass here.
     */
    private static void quietJavaUtilLogging() {
        java.util.logging.Logger.getLogger("").setLevel(java.util.logging.Level.WARNING);
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

    /** bnd's embedded launcher sits at the root of the exported jar; it is not a compile-time dependency. */
    private static void launch(String[] args) throws Throwable {
        try {
            Class.forName("aQute.launcher.pre.EmbeddedLauncher")
                    .getMethod("main", String[].class)
                    .invoke(null, (Object) args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
