package com.focusflow.bench;

import java.util.List;

/** Timing of the benches' calls and the rows of their Markdown tables. */
final class Measure {

    interface Work {
        void run() throws Exception;
    }

    private Measure() {
    }

    /** Median wall time of {@code runs} runs, in ms. */
    static double median(int runs, Work work) throws Exception {
        double[] millis = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            work.run();
            millis[i] = (System.nanoTime() - t0) / 1e6;
        }
        return Stats.median(millis);
    }

    /** One run: wall time and the app's CPU time (all its threads), in ms. */
    static double[] once(App app, Work work) throws Exception {
        double cpu0 = app.cpuMillis();
        long t0 = System.nanoTime();
        work.run();
        long wall = System.nanoTime() - t0;
        return new double[] { wall / 1e6, app.cpuMillis() - cpu0 };
    }

    static String ms(double millis) {
        return millis < 10 ? String.format("%.2f", millis) : String.format("%,.0f", millis);
    }

    /** The machine and JVM the figures come from, then the table. */
    static void print(String title, List<String> table) {
        System.out.printf("%n%s (%s %s, %d cores, Java %s; FocusFlow driven over its HTTP API)%n", title,
                System.getProperty("os.name"), System.getProperty("os.version"), Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"));
        table.forEach(System.out::println);
    }
}
