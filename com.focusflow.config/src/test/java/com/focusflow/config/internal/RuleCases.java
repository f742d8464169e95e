package com.focusflow.config.internal;

import static com.focusflow.api.config.ValueForm.CONFIGURATION;
import static com.focusflow.api.config.ValueForm.JSON;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.osgi.service.metatype.AttributeDefinition;

import com.focusflow.api.config.ValueForm;

/**
 * The one table of validation cases: every test of the rules (one attribute, the service, each way in) runs
 * these rows, so a rule is stated once. Attributes are Felix Metatype's own, as in FocusFlow's runtime.
 */
final class RuleCases {

    static final String PID = "com.focusflow.example";

    static final FelixAttribute GOAL = FelixAttribute.of("dailyGoalMinutes", "Daily goal (min)", "Integer", 0, "1", "1440");
    static final FelixAttribute ENABLED = FelixAttribute.of("enabled", "Enabled", "Boolean", 0, null, null);
    static final FelixAttribute SOURCE = FelixAttribute.of("source", "Process source", "String", 0, null, null,
            "auto", "proc", "jdk", "oshi");
    static final FelixAttribute SIZES = FelixAttribute.of("sizes", "Sizes", "Long", 3, null, null);
    static final FelixAttribute NAMES = FelixAttribute.of("names", "Names", "String", -2, null, "5");
    static final FelixAttribute RATIO = FelixAttribute.of("ratio", "Ratio", "Double", 0, "0", "1");

    /** A row: {@code expected} is the value as Config Admin stores it, or a refusal's reason starts with {@code refusal}. */
    record Case(AttributeDefinition attribute, List<ValueForm> forms, Object input, Object expected, String refusal) {

        @Override
        public String toString() {
            return attribute + " " + forms + " " + (input != null && input.getClass().isArray() ? "array" : input)
                    + (refusal == null ? " -> accepted" : " -> " + refusal);
        }
    }

    static final List<Case> CASES = List.of(
            ok(GOAL, both(), 90, 90),
            ok(GOAL, both(), 90L, 90),
            ok(GOAL, only(CONFIGURATION), "90", 90),
            ok(GOAL, only(CONFIGURATION), " 90 ", 90),
            refused(GOAL, only(JSON), "90", "must be a whole number"),
            refused(GOAL, both(), 90.5, "must be a whole number"),
            refused(GOAL, only(CONFIGURATION), "90.5", "must be a whole number"),
            refused(GOAL, only(CONFIGURATION), "", "must be a whole number"),
            refused(GOAL, both(), 5000, "5000 is greater than maximum (Daily goal (min))"),
            refused(GOAL, both(), 0, "0 is less than minimum (Daily goal (min))"),
            refused(GOAL, both(), 3_000_000_000L, "3000000000 is not a whole number in range"),
            refused(GOAL, both(), List.of(90), "must be a whole number, one value"),
            refused(GOAL, both(), null, "must not be null; leave it out for the default"),
            ok(ENABLED, both(), true, true),
            ok(ENABLED, only(CONFIGURATION), "TRUE", true),
            refused(ENABLED, only(JSON), "true", "must be true or false"),
            refused(ENABLED, only(CONFIGURATION), "yes", "must be true or false"),
            ok(SOURCE, both(), "jdk", "jdk"),
            refused(SOURCE, both(), "nonsense", "nonsense is not a valid option (allowed: auto, proc, jdk, oshi)"),
            refused(SOURCE, both(), 5, "must be a string"),
            ok(SIZES, both(), List.of(1, 2), new Long[] { 1L, 2L }),
            ok(SIZES, only(CONFIGURATION), new long[] { 1, 2 }, new Long[] { 1L, 2L }),
            ok(SIZES, only(CONFIGURATION), "5", new Long[] { 5L }),
            refused(SIZES, only(JSON), 5, "must be an array of a whole number"),
            refused(SIZES, both(), List.of(1, 2, 3, 4), "at most 3 values"),
            refused(SIZES, only(CONFIGURATION), List.of("1", "x"), "must be a whole number"),
            ok(NAMES, both(), List.of("a"), new ArrayList<>(List.of("a"))),
            ok(NAMES, both(), List.of("a,b"), new ArrayList<>(List.of("a,b"))),
            refused(NAMES, both(), List.of("a", "b", "c"), "at most 2 values"),
            refused(NAMES, both(), List.of("abcdefg"), "abcdefg is greater than maximum (Names)"),
            ok(RATIO, both(), 0.5, 0.5),
            ok(RATIO, only(JSON), 1, 1.0),
            ok(RATIO, only(CONFIGURATION), "0.25", 0.25),
            refused(RATIO, both(), 2, "2.0 is greater than maximum (Ratio)"));

    /** Every row once per form it names. */
    static Stream<Object[]> rows() {
        return CASES.stream().flatMap(c -> c.forms().stream().map(form -> new Object[] { c, form }));
    }

    /** The table's attributes, declared by {@link #PID}. */
    static Optional<Map<String, AttributeDefinition>> declarations(String pid) {
        if (!PID.equals(pid)) {
            return Optional.empty();
        }
        Map<String, AttributeDefinition> byId = new TreeMap<>();
        Stream.of(GOAL, ENABLED, SOURCE, SIZES, NAMES, RATIO).forEach(ad -> byId.put(ad.getID(), ad));
        return Optional.of(byId);
    }

    private static List<ValueForm> both() {
        return Arrays.asList(ValueForm.values());
    }

    private static List<ValueForm> only(ValueForm form) {
        return List.of(form);
    }

    private static Case ok(AttributeDefinition ad, List<ValueForm> forms, Object input, Object expected) {
        return new Case(ad, forms, input, expected, null);
    }

    private static Case refused(AttributeDefinition ad, List<ValueForm> forms, Object input, String reason) {
        return new Case(ad, forms, input, null, reason);
    }

    private RuleCases() {
    }
}
