package com.focusflow.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Startup time and idle memory of the exported FocusFlow jar, beside a bare Felix + SCR launch on the
 * same JVM, alternating the two so that machine noise hits both alike.
 *
 * <pre>
 * java -cp bench/target/bench-*.jar com.focusflow.bench.StartupBench [--runs 5] [--idle 30] [--shipped] [--window] [--jvm "-X..."]
 * </pre>
 *
 * {@code --shipped} runs both JVMs with the settings run/focusflow ships ({@code @run/jvm.options} and
 * {@code MALLOC_ARENA_MAX=2}); without it both run with the JVM's defaults. {@code --window} starts FocusFlow
 * with its window instead of {@code --headless} (run it under a display, e.g. {@code xvfb-run -a}), and a
 * headless FocusFlow beside it in the same run, so the window's own cost reads off one table.
 */
public final class StartupBench {

    public static void main(String[] args) throws Exception {
        int runs = intArg(args, "--runs", 5);
        Duration idle = Duration.ofSeconds(intArg(args, "--idle", 30));
        boolean shipped = Arrays.asList(args).contains("--shipped");
        boolean window = Arrays.asList(args).contains("--window");
        List<String> jvm = new ArrayList<>();
        if (shipped) {
            jvm.add("@run/jvm.options");
        }
        Arrays.stream(stringArg(args, "--jvm", "").split(" ")).filter(s -> !s.isBlank()).forEach(jvm::add);
        Map<String, String> env = shipped ? Map.of("MALLOC_ARENA_MAX", "2") : Map.of();
        Path focusflow = Path.of(stringArg(args, "--jar", "run/target/focusflow.jar"));
        Path bare = Path.of(stringArg(args, "--bare", "bench/target/bare-felix.jar"));
        Path work = Files.createTempDirectory("focusflow-bench");

        Launch app = Launch.focusflow(focusflow, work.resolve("home"), jvm, env, window);
        Launch baseline = Launch.bareFelix(bare, work.resolve("bare-cache"), jvm, env);
        Launch headless = window ? Launch.focusflow(focusflow, work.resolve("home-headless"), jvm, env, false) : null;
        System.out.printf("warm-up (first start: empty data dir and framework cache)%n");
        System.out.printf("  FocusFlow %s%n  bare Felix %s%n", app.run(Duration.ZERO), baseline.run(Duration.ZERO));
        if (headless != null) {
            System.out.printf("  FocusFlow headless %s%n", headless.run(Duration.ZERO));
        }

        List<Launch.Result> appResults = new ArrayList<>();
        List<Launch.Result> bareResults = new ArrayList<>();
        List<Launch.Result> headlessResults = new ArrayList<>();
        for (int i = 1; i <= runs; i++) {
            appResults.add(app.run(idle));
            bareResults.add(baseline.run(idle));
            System.out.printf("run %d: FocusFlow %s | bare Felix %s", i, appResults.get(i - 1), bareResults.get(i - 1));
            if (headless != null) {
                headlessResults.add(headless.run(idle));
                System.out.printf(" | FocusFlow headless %s", headlessResults.get(i - 1));
            }
            System.out.println();
        }
        report(runs, idle, jvm, env, appResults, bareResults);
        if (headless != null) {
            System.out.printf("| FocusFlow headless (same run) | %.0f | %.0f | %.1f |%n",
                    Stats.median(headlessResults.stream().mapToDouble(Launch.Result::startupMillis).toArray()),
                    Stats.median(headlessResults.stream().mapToDouble(Launch.Result::upMillis).toArray()),
                    Stats.median(headlessResults.stream().mapToDouble(Launch.Result::rssMib).toArray()));
            System.out.printf("Threads after the idle time (median): FocusFlow with window %.0f, headless %.0f, bare Felix %.0f%n",
                    Stats.median(appResults.stream().mapToDouble(Launch.Result::threads).toArray()),
                    Stats.median(headlessResults.stream().mapToDouble(Launch.Result::threads).toArray()),
                    Stats.median(bareResults.stream().mapToDouble(Launch.Result::threads).toArray()));
        }
    }

    private static void report(int runs, Duration idle, List<String> jvm, Map<String, String> env,
            List<Launch.Result> app, List<Launch.Result> bare) {
        double appStart = Stats.median(app.stream().mapToDouble(Launch.Result::startupMillis).toArray());
        double bareStart = Stats.median(bare.stream().mapToDouble(Launch.Result::startupMillis).toArray());
        double appUp = Stats.median(app.stream().mapToDouble(Launch.Result::upMillis).toArray());
        double appRss = Stats.median(app.stream().mapToDouble(Launch.Result::rssMib).toArray());
        double bareRss = Stats.median(bare.stream().mapToDouble(Launch.Result::rssMib).toArray());
        System.out.printf("%nMedians of %d warm starts (JVM options: %s; environment: %s; RSS after %d s idle)%n", runs,
                jvm.isEmpty() ? "JVM defaults" : String.join(" ", jvm), env.isEmpty() ? "-" : env, idle.toSeconds());
        System.out.println("| launch | JVM start to health 200 (ms) | to status UP (ms) | idle RSS (MiB) |");
        System.out.println("|---|---|---|---|");
        System.out.printf("| FocusFlow | %.0f | %.0f | %.1f |%n", appStart, appUp, appRss);
        System.out.printf("| bare Felix + SCR (all started) | %.0f | %.0f | %.1f |%n", bareStart, bareStart, bareRss);
        System.out.printf("| ratio | %.2f | %.2f | %.2f |%n", appStart / bareStart, appUp / bareStart, appRss / bareRss);
    }

    private static int intArg(String[] args, String name, int fallback) {
        return Integer.parseInt(stringArg(args, name, Integer.toString(fallback)));
    }

    private static String stringArg(String[] args, String name, String fallback) {
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }
}
