package com.focusflow.testing;

import java.lang.reflect.RecordComponent;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Function;

/**
 * Runs a check over generated inputs. All tries of one run draw from one {@link Gen} seeded from
 * {@code -Dfocusflow.fuzz.seed} (or a fresh random seed); a failing try stops the run with the try number, the
 * seed to replay it and the input, characters escaped so that invisible ones show.
 */
public final class Tries {

    /** The system property that replays a run: the seed a failure reported. */
    public static final String SEED_PROPERTY = "focusflow.fuzz.seed";

    private Tries() {
    }

    /** A check of one input; it fails by throwing (an assertion error or any exception). */
    @FunctionalInterface
    public interface Check<T> {
        void accept(T input) throws Exception;
    }

    /** Runs {@code check} on {@code tries} inputs made by {@code input}. */
    public static <T> void check(int tries, Function<Gen, T> input, Check<? super T> check) {
        long seed = seed();
        Gen gen = new Gen(seed);
        for (int i = 1; i <= tries; i++) {
            T value = input.apply(gen);
            try {
                check.accept(value);
            } catch (Exception | AssertionError e) {
                throw new AssertionError("try " + i + " of " + tries + " failed (seed " + seed + ", replay with -D"
                        + SEED_PROPERTY + "=" + seed + ")\ninput: " + describe(value) + "\n" + e.getMessage(), e);
            }
        }
    }

    static long seed() {
        String seed = System.getProperty(SEED_PROPERTY);
        return seed == null || seed.isBlank() ? new SecureRandom().nextLong() : Long.parseLong(seed.strip());
    }

    /** An input as text: strings quoted with controls and non-ASCII escaped, bytes in hex, records by component. */
    static String describe(Object value) {
        if (value instanceof String s) {
            return quote(s);
        }
        if (value instanceof byte[] bytes) {
            return "bytes[" + bytes.length + "] " + HexFormat.ofDelimiter(" ").formatHex(bytes);
        }
        if (value instanceof List<?> list) {
            List<String> items = new ArrayList<>();
            list.forEach(item -> items.add(describe(item)));
            return items.toString();
        }
        if (value instanceof Record record) {
            List<String> parts = new ArrayList<>();
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                try {
                    component.getAccessor().setAccessible(true); // tests keep their input records private
                    parts.add(component.getName() + "=" + describe(component.getAccessor().invoke(record)));
                } catch (ReflectiveOperationException e) {
                    parts.add(component.getName() + "=?");
                }
            }
            return record.getClass().getSimpleName() + "[" + String.join(", ", parts) + "]";
        }
        return String.valueOf(value);
    }

    private static String quote(String s) {
        StringBuilder out = new StringBuilder("\"");
        s.chars().forEach(c -> {
            if (c == '"' || c == '\\') {
                out.append('\\').append((char) c);
            } else if (c >= 0x20 && c < 0x7f) {
                out.append((char) c);
            } else {
                out.append(String.format("\\u%04x", c));
            }
        });
        return out.append('"').toString();
    }
}
