package com.focusflow.itest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.felix.service.command.CommandProcessor;
import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.Parameter;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.test.common.annotation.InjectService;

/**
 * Every FocusFlow Gogo command, called with each argument count it does not take, prints one line saying what
 * it expects, never Gogo's raw "Cannot coerce ..." exception. The counts a command takes are read from its
 * described ({@code @Descriptor}) methods, so a command added later is covered without a change here.
 */
class ShellArgumentCountsTest {

    /** Commands whose bundles the test runtime holds; each must be found (their services come up late). */
    private static final Set<String> EXPECTED = Set.of("focus:start", "focus:config", "block:add", "schedule:add",
            "sync:export", "sync:import", "stats:today", "analytics:rebuild");

    @InjectBundleContext
    BundleContext context;

    @InjectService(timeout = 10_000)
    CommandProcessor shell;

    @Test
    void everyWrongArgumentCountIsOneLineSayingWhatTheCommandExpects() throws Exception {
        Map<String, Set<Integer>> commands = Poll.until(Duration.ofSeconds(20), "FocusFlow's Gogo commands " + EXPECTED, () -> {
            Map<String, Set<Integer>> found = commands();
            return found.keySet().containsAll(EXPECTED) ? found : null;
        });
        List<String> tried = new ArrayList<>();
        for (Map.Entry<String, Set<Integer>> command : commands.entrySet()) {
            int most = Collections.max(command.getValue());
            for (int count = 0; count <= most + 2; count++) {
                if (command.getValue().contains(count)) {
                    continue; // a count the command takes: it would act
                }
                String line = (command.getKey() + " x".repeat(count));
                String err = errorsOf(line);
                assertThat(err).as(line).startsWith(command.getKey() + ": wrong number of arguments; expected ")
                        .doesNotContain("Exception").doesNotContain("Cannot coerce")
                        .satisfies(text -> assertThat(text.strip().lines()).hasSize(1));
                tried.add(line);
            }
        }
        assertThat(tried).contains("schedule:add x x x", "schedule:remove", "schedule:skip x x", "schedule:list x",
                "focus:config x x x x", "sync:export x x", "block:add x");
    }

    /** What running the line printed on the error stream; it must return nothing. */
    private String errorsOf(String line) throws Exception {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CommandSession session = shell.createSession(new ByteArrayInputStream(new byte[0]),
                new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            Object result = session.execute(line);
            assertThat(result).as(line).isNull();
        } catch (Exception e) {
            throw new AssertionError(line + " threw " + e, e);
        } finally {
            session.close();
        }
        return err.toString(StandardCharsets.UTF_8);
    }

    /** scope:function of FocusFlow's bundles, each with the argument counts its described methods take. */
    private Map<String, Set<Integer>> commands() throws Exception {
        Map<String, Set<Integer>> found = new TreeMap<>();
        ServiceReference<?>[] refs = context.getAllServiceReferences(null, "(osgi.command.scope=*)");
        for (ServiceReference<?> ref : refs == null ? new ServiceReference<?>[0] : refs) {
            if (!ref.getBundle().getSymbolicName().startsWith("com.focusflow.")) {
                continue;
            }
            Object service = context.getService(ref);
            try {
                String scope = (String) ref.getProperty("osgi.command.scope");
                Object functions = ref.getProperty("osgi.command.function");
                for (String function : functions instanceof String[] many ? many : new String[] { (String) functions }) {
                    Set<Integer> counts = counts(service.getClass(), function);
                    if (!counts.isEmpty()) {
                        found.put(scope + ":" + function, counts);
                    }
                }
            } finally {
                context.ungetService(ref);
            }
        }
        return found;
    }

    /** Positional arguments of each described method of that name; an option ({@code @Parameter}) is not one. */
    private static Set<Integer> counts(Class<?> type, String function) {
        Set<Integer> counts = new TreeSet<>();
        for (Method m : type.getMethods()) {
            if ((m.getName().equals(function) || m.getName().equals("_" + function)) && has(m.getAnnotations(), Descriptor.class)) {
                int options = (int) Arrays.stream(m.getParameterAnnotations()).filter(a -> has(a, Parameter.class)).count();
                counts.add(m.getParameterCount() - options);
            }
        }
        return counts;
    }

    /** By name: the command's bundle and this one may see the annotation through different wirings. */
    private static boolean has(Annotation[] annotations, Class<?> type) {
        return Arrays.stream(annotations).anyMatch(a -> a.annotationType().getName().equals(type.getName()));
    }
}
