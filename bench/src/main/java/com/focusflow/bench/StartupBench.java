package com.focusflow.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * Startup time and idle memory of the exported FocusFlow jar, beside a bare Felix + SCR launch on the
 * same JVM, alternating the launches so that machine noise hits all of them alike.
 *
 * <pre>
 * java -cp bench/target/bench-*.jar com.focusflow.bench.StartupBench [--runs 5] [--idle 30] [--shipped] [--window]
 *      [--jvm "-X..."] [--jar run/target/focusflow.jar] [--variant "label=JAR [-X...]"]... [--first 3] [--cds]
 * </pre>
 *
 * {@code --shipped} runs every JVM with the settings run/focusflow ships ({@code @run/jvm.options} and
 * {@code MALLOC_ARENA_MAX=2}); without it they run with the JVM's defaults. {@code --variant} (repeatable)
 * measures several FocusFlow jars, JVMs or JVM options side by side in the same run (a before/after comparison:
 * the label, the jar, optionally {@code java=PATH} for another JVM, then JVM options added for that variant only); without it the one variant is {@code --jar}.
 * {@code --first N} adds N first starts per variant on an empty data dir (credentials, cache and database
 * created). {@code --window} starts FocusFlow with its window instead of {@code --headless} (run it under a
 * display, e.g. {@code xvfb-run -a}), reports when the window has opened with its content, and runs a headless
 * FocusFlow of the first variant beside it, so the window's own cost reads off one table. {@code --cds} gives every
 * launch (bare Felix too) a dynamic class-data sharing archive as run/focusflow does: its warm-up start records it,
 * the warm starts and the first starts map it ({@code java -jar} and the package have no such archive).
 */
public final class StartupBench {

    /** One FocusFlow build or setting under test; {@code java} empty: the JVM running the bench. */
    private record Variant(String label, Path jar, List<String> jvm, String java) {
        static Variant parse(String spec) {
            int eq = spec.indexOf('=');
            if (eq < 1) {
                throw new IllegalArgumentException("--variant wants label=JAR [java=PATH] [JVM options], not: " + spec);
            }
            List<String> rest = new ArrayList<>(Arrays.stream(spec.substring(eq + 1).trim().split(" "))
                    .filter(s -> !s.isBlank()).toList());
            Path jar = Path.of(rest.remove(0));
            String java = !rest.isEmpty() && rest.get(0).startsWith("java=") ? rest.remove(0).substring(5) : "";
            return new Variant(spec.substring(0, eq), jar, rest, java);
        }
    }

    public static void main(String[] args) throws Exception {
        int runs = Args.integer(args, "--runs", 5);
        int firstStarts = Args.integer(args, "--first", 0);
        Duration idle = Duration.ofSeconds(Args.integer(args, "--idle", 30));
        boolean shipped = Arrays.asList(args).contains("--shipped");
        boolean window = Arrays.asList(args).contains("--window");
        boolean cds = Arrays.asList(args).contains("--cds");
        List<String> jvm = new ArrayList<>();
        if (shipped) {
            jvm.add("@run/jvm.options");
        }
        Arrays.stream(Args.string(args, "--jvm", "").split(" ")).filter(s -> !s.isBlank()).forEach(jvm::add);
        Map<String, String> env = shipped ? Map.of("MALLOC_ARENA_MAX", "2") : Map.of();
        List<Variant> variants = new ArrayList<>();
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals("--variant")) {
                variants.add(Variant.parse(args[i + 1]));
            }
        }
        if (variants.isEmpty()) {
            variants.add(new Variant("FocusFlow", Path.of(Args.string(args, "--jar", "run/target/focusflow.jar")), List.of(), ""));
        }
        Path bare = Path.of(Args.string(args, "--bare", "bench/target/bare-felix.jar"));
        Path work = Files.createTempDirectory("focusflow-bench");

        List<String> labels = new ArrayList<>();
        List<Launch> launches = new ArrayList<>();
        for (Variant v : variants) {
            labels.add(v.label() + (window ? " (window)" : ""));
            launches.add(Launch.focusflow(v.java(), v.jar(), work.resolve("home-" + launches.size()), with(jvm, v.jvm()), env, window));
        }
        if (window) {
            Variant first = variants.get(0);
            labels.add(first.label() + " headless");
            launches.add(Launch.focusflow(first.java(), first.jar(), work.resolve("home-headless"), with(jvm, first.jvm()), env, false));
        }
        labels.add("bare Felix + SCR");
        launches.add(Launch.bareFelix(bare, work.resolve("bare-cache"), jvm, env));

        if (cds) {
            for (int l = 0; l < launches.size(); l++) {
                launches.set(l, launches.get(l).sharingClassesIn(archive(work, l)));
            }
        }
        System.out.printf("warm-up (first start: empty data dir and framework cache%s)%n",
                cds ? "; records the class-data sharing archive" : "");
        for (int l = 0; l < launches.size(); l++) {
            System.out.printf("  %s: %s%n", labels.get(l), launches.get(l).run(Duration.ZERO));
        }
        List<List<Launch.Result>> results = new ArrayList<>();
        launches.forEach(l -> results.add(new ArrayList<>()));
        for (int i = 1; i <= runs; i++) {
            System.out.printf("run %d:", i);
            for (int l = 0; l < launches.size(); l++) {
                Launch.Result r = launches.get(l).run(idle);
                results.get(l).add(r);
                System.out.printf(" | %s %s", labels.get(l), r);
            }
            System.out.println();
        }
        System.out.printf("%nMedians of %d warm starts (JVM options: %s%s; environment: %s; RSS after %d s idle)%n", runs,
                jvm.isEmpty() ? "JVM defaults" : String.join(" ", jvm), cds ? " + a dynamic CDS archive each" : "",
                env.isEmpty() ? "-" : env, idle.toSeconds());
        for (Variant v : variants) {
            if (!v.jvm().isEmpty() || variants.size() > 1) {
                System.out.printf("  %s: %s %s %s%n", v.label(), v.java().isEmpty() ? "" : v.java(), v.jar(),
                        String.join(" ", v.jvm()));
            }
        }
        List<Launch.Result> bareResults = results.get(results.size() - 1);
        double bareStart = median(bareResults, Launch.Result::startupMillis);
        double bareRss = median(bareResults, Launch.Result::rssMib);
        double bareCpu = median(bareResults, Launch.Result::cpuMillis);
        System.out.println("| launch | JVM start to health 200 (ms) | to status UP (ms) | window content (ms) | CPU until UP (ms) "
                + "| idle RSS (MiB) | threads | UP / bare | CPU / bare | RSS / bare |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|");
        for (int l = 0; l < launches.size(); l++) {
            List<Launch.Result> r = results.get(l);
            double up = median(r, Launch.Result::upMillis);
            double rss = median(r, Launch.Result::rssMib);
            double shown = median(r, Launch.Result::windowMillis);
            double cpu = median(r, Launch.Result::cpuMillis);
            System.out.printf("| %s | %.0f | %.0f | %s | %.0f | %.1f | %.0f | %.2f | %.2f | %.2f |%n", labels.get(l),
                    median(r, Launch.Result::startupMillis), up, Double.isNaN(shown) ? "-" : String.format("%.0f", shown),
                    cpu, rss, median(r, Launch.Result::threads), up / bareStart, cpu / bareCpu, rss / bareRss);
        }
        if (firstStarts > 0) {
            firstStarts(firstStarts, variants, labels, jvm, env, work, window, cds, bareStart);
        }
    }

    /** Each start on a new, empty data dir: what a user sees the very first time (no cache, no database). */
    private static void firstStarts(int count, List<Variant> variants, List<String> labels, List<String> jvm,
            Map<String, String> env, Path work, boolean window, boolean cds, double bareStart) throws Exception {
        List<List<Launch.Result>> results = new ArrayList<>();
        variants.forEach(v -> results.add(new ArrayList<>()));
        for (int i = 0; i < count; i++) {
            for (int v = 0; v < variants.size(); v++) {
                Variant variant = variants.get(v);
                Path home = work.resolve("first-" + v + "-" + i);
                Launch launch = Launch.focusflow(variant.java(), variant.jar(), home, with(jvm, variant.jvm()), env, window);
                // variant v's warm launch is launches[v]: its archive, recorded by the warm-up, is there to map
                results.get(v).add((cds ? launch.sharingClassesIn(archive(work, v)) : launch).run(Duration.ZERO));
            }
        }
        System.out.printf("%nFirst starts (empty data dir), medians of %d%n", count);
        System.out.println("| launch | JVM start to health 200 (ms) | to status UP (ms) | CPU until UP (ms) | UP / warm bare |");
        System.out.println("|---|---|---|---|---|");
        for (int v = 0; v < variants.size(); v++) {
            double up = median(results.get(v), Launch.Result::upMillis);
            System.out.printf("| %s | %.0f | %.0f | %.0f | %.2f |%n", labels.get(v), median(results.get(v), Launch.Result::startupMillis),
                    up, median(results.get(v), Launch.Result::cpuMillis), up / bareStart);
        }
    }

    private static Path archive(Path work, int launch) {
        return work.resolve("cds-" + launch + ".jsa");
    }

    private static List<String> with(List<String> jvm, List<String> more) {
        List<String> all = new ArrayList<>(jvm);
        all.addAll(more);
        return all;
    }

    private static double median(List<Launch.Result> results, ToDoubleFunction<Launch.Result> figure) {
        return Stats.median(results.stream().mapToDouble(figure).filter(d -> !Double.isNaN(d)).toArray());
    }
}
