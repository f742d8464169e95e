package com.focusflow.testing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

/**
 * Generated input from one seeded {@link Random}: strings and numbers that hit their edge cases often (empty,
 * longest, control characters, unusual whitespace and separators, non-Latin scripts, surrogate pairs and lone
 * surrogates, int and long limits) and plain random values otherwise. Domain shapes (host names, JSON bodies)
 * are built from these by the test that needs them.
 */
public final class Gen {

    /** Characters that break naive parsing: controls, line and paragraph separators, invisible and odd spaces. */
    static final String TRICKY = "\u0000\u0001\u0007\b\t\n\u000b\f\r\u001b\u001f\u007f\u0085\u00a0\u00ad\u1680\u2000"
            + "\u200b\u200d\u200e\u2028\u2029\u202e\u3000\ufeff\ufffd\uffff \"'\\/#%&:;,.=?@*[]{}<>|`$";
    /** Letters and digits from other scripts, which look harmless but are not ASCII. */
    static final String SCRIPTS = "äöüßéÉçøåñİıſΩπЖжاب中文日本語한국\u0966\u0969\u096b\u0661\uff11\uff41";
    /** Characters outside the BMP, as surrogate pairs. */
    static final String[] SUPPLEMENTARY = { "\ud83d\ude00", "\ud83c\udff3\ufe0f\u200d\ud83c\udf08", "\ud835\udfd9", "\ud800\udc00" };
    static final String LONE_SURROGATES = "\ud800\udbff\udc00\udfff";
    static final String ASCII_PRINTABLE = printableAscii();

    private static final int[] INT_EDGES = { 0, 1, -1, 2, 10, 59, 60, 720, 721, Integer.MAX_VALUE, Integer.MIN_VALUE,
            Integer.MAX_VALUE - 1, Integer.MIN_VALUE + 1, Short.MAX_VALUE, Short.MAX_VALUE + 1 };
    private static final long[] LONG_EDGES = { 0L, 1L, -1L, Long.MAX_VALUE, Long.MIN_VALUE, Long.MAX_VALUE - 1,
            Long.MIN_VALUE + 1, Integer.MAX_VALUE + 1L, Integer.MIN_VALUE - 1L, 1L << 53, 253402300799L };
    private static final double[] DOUBLE_EDGES = { 0.0, -0.0, 1.0, -1.0, 0.5, Double.MIN_VALUE, Double.MAX_VALUE,
            -Double.MAX_VALUE, Double.MIN_NORMAL, 1e300, 9007199254740993.0, Double.NaN, Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY };

    private final Random random;

    public Gen(long seed) {
        this.random = new Random(seed);
    }

    public boolean bool() {
        return random.nextBoolean();
    }

    /** True about one time in {@code n}. */
    public boolean oneIn(int n) {
        return random.nextInt(n) == 0;
    }

    /** Uniform in [min, max]. */
    public int between(int min, int max) {
        return (int) (min + (long) (random.nextDouble() * ((long) max - min + 1)));
    }

    /** Any int: an edge case (limits, 0, ±1, values FocusFlow checks against) a third of the time, else random. */
    public int anyInt() {
        int kind = random.nextInt(3);
        return kind == 0 ? INT_EDGES[random.nextInt(INT_EDGES.length)] : kind == 1 ? between(-1000, 1000) : random.nextInt();
    }

    /** Any long: an edge case (long and int limits, just past them) a third of the time, else random. */
    public long anyLong() {
        int kind = random.nextInt(3);
        return kind == 0 ? LONG_EDGES[random.nextInt(LONG_EDGES.length)] : kind == 1 ? between(-100_000, 100_000) : random.nextLong();
    }

    /** Any double: an edge case (±0, limits, subnormal, NaN, infinities) a third of the time, else random. */
    public double anyDouble() {
        int kind = random.nextInt(3);
        if (kind == 0) {
            return DOUBLE_EDGES[random.nextInt(DOUBLE_EDGES.length)];
        }
        return kind == 1 ? (random.nextDouble() - 0.5) * 2000 : Double.longBitsToDouble(random.nextLong());
    }

    /** One of the given values. */
    @SafeVarargs
    public final <T> T oneOf(T... values) {
        return values[random.nextInt(values.length)];
    }

    /** The value of one of the given generators. */
    @SafeVarargs
    public final <T> T anyOf(Supplier<? extends T>... generators) {
        return generators[random.nextInt(generators.length)].get();
    }

    /** A list of {@code min} to {@code max} elements, empty and longest lists included. */
    public <T> List<T> list(int min, int max, Supplier<? extends T> element) {
        int size = length(min, max);
        List<T> list = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            list.add(element.get());
        }
        return list;
    }

    /**
     * Any string of at most {@code maxLength} chars: empty, blank, longest; printable ASCII only (a third of
     * them, so that input checks are passed often enough to test what comes after); otherwise mostly ASCII
     * mixed with controls and odd whitespace, other scripts, surrogate pairs, lone surrogates and any BMP char.
     */
    public String string(int maxLength) {
        int length = length(0, maxLength);
        int flavour = random.nextInt(12);
        StringBuilder s = new StringBuilder(length);
        while (s.length() < length) {
            if (flavour == 0) {
                s.append(oneOf(' ', '\t', '\u00a0', '\u3000'));
            } else if (flavour <= 4) {
                s.append(pick(ASCII_PRINTABLE));
            } else {
                mixed(s);
            }
        }
        return s.length() > length ? s.substring(0, length) : s.toString();
    }

    private void mixed(StringBuilder s) {
        switch (random.nextInt(16)) {
            case 8, 9 -> s.append(pick(TRICKY));
            case 10, 11 -> s.append(pick(SCRIPTS));
            case 12 -> s.append(oneOf(SUPPLEMENTARY));
            case 13 -> s.append(pick(LONE_SURROGATES));
            case 14, 15 -> s.append((char) random.nextInt(Character.MAX_VALUE + 1));
            default -> s.append(pick(ASCII_PRINTABLE));
        }
    }

    /** A string of {@code minLength} to {@code maxLength} chars taken from {@code alphabet}. */
    public String string(int minLength, int maxLength, String alphabet) {
        int length = length(minLength, maxLength);
        StringBuilder s = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            s.append(pick(alphabet));
        }
        return s.toString();
    }

    /** Up to {@code maxSize} bytes: empty, longest, all zero, all 0xFF, or random. */
    public byte[] bytes(int maxSize) {
        byte[] bytes = new byte[length(0, maxSize)];
        switch (random.nextInt(6)) {
            case 0 -> Arrays.fill(bytes, (byte) 0);
            case 1 -> Arrays.fill(bytes, (byte) 0xFF);
            default -> random.nextBytes(bytes);
        }
        return bytes;
    }

    /** A char of {@code chars}. */
    public char pick(String chars) {
        return chars.charAt(random.nextInt(chars.length()));
    }

    /** A length in [min, max] that is the minimum or the maximum more often than uniform. */
    private int length(int min, int max) {
        int kind = random.nextInt(10);
        if (kind == 0) {
            return min;
        }
        if (kind == 1) {
            return max;
        }
        // small sizes are the likeliest to find a bug, as in most property-testing tools
        return kind < 6 ? between(min, Math.min(max, min + 8)) : between(min, max);
    }

    private static String printableAscii() {
        StringBuilder s = new StringBuilder();
        for (char c = ' '; c < 0x7f; c++) {
            s.append(c);
        }
        return s.toString();
    }
}
