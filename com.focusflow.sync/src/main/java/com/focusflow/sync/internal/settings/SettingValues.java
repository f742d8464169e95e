package com.focusflow.sync.internal.settings;

import java.lang.reflect.Array;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

import org.osgi.service.metatype.AttributeDefinition;

/**
 * Values of one attribute in three forms: as JSON gives them (Integer, Long, BigInteger, Double, Boolean,
 * String, List), canonical (the declared Java type, a List when the attribute holds several values; what the
 * document and the change table hold) and as Config Admin stores them (arrays or lists by cardinality). Every
 * value goes through the Metatype's own {@link AttributeDefinition#validate(String)} (range, options).
 * A value that does not fit is an {@link IllegalArgumentException} whose message says why.
 */
final class SettingValues {

    private SettingValues() {
    }

    /** The canonical form of a value read from a document: its JSON type must be the declared one. */
    static Object fromJson(AttributeDefinition ad, Object json) {
        return canonical(ad, json, false);
    }

    /** The canonical form of a stored configuration value; text is parsed (a {@code .cfg} file holds text). */
    static Object fromConfig(AttributeDefinition ad, Object stored) {
        if (stored != null && stored.getClass().isArray()) {
            List<Object> values = new ArrayList<>();
            for (int i = 0; i < Array.getLength(stored); i++) {
                values.add(Array.get(stored, i));
            }
            stored = values;
        }
        return canonical(ad, stored, true);
    }

    /** The canonical value as Config Admin stores it: the declared type, an array or a list by cardinality. */
    static Object toConfig(AttributeDefinition ad, Object canonical) {
        if (ad.getCardinality() == 0) {
            return typed(ad, canonical);
        }
        List<Object> values = ((List<?>) canonical).stream().map(v -> typed(ad, v)).toList();
        if (ad.getCardinality() < 0) {
            return new ArrayList<>(values);
        }
        Object array = Array.newInstance(javaType(ad), values.size());
        for (int i = 0; i < values.size(); i++) {
            Array.set(array, i, values.get(i));
        }
        return array;
    }

    private static Object canonical(AttributeDefinition ad, Object value, boolean text) {
        if (ad.getCardinality() == 0) {
            return scalar(ad, value, text);
        }
        if (!(value instanceof Collection<?> values)) {
            throw new IllegalArgumentException("must be an array of " + kind(ad));
        }
        if (values.size() > Math.abs(ad.getCardinality())) {
            throw new IllegalArgumentException("at most " + Math.abs(ad.getCardinality()) + " values");
        }
        return values.stream().map(v -> scalar(ad, v, text)).toList();
    }

    private static Object scalar(AttributeDefinition ad, Object value, boolean text) {
        Object typed = switch (ad.getType()) {
            case AttributeDefinition.INTEGER, AttributeDefinition.LONG, AttributeDefinition.SHORT, AttributeDefinition.BYTE ->
                    value instanceof Integer || value instanceof Long || value instanceof BigInteger
                            || value instanceof Short || value instanceof Byte || (text && value instanceof String)
                            ? parse(ad, value.toString().strip()) : null;
            case AttributeDefinition.DOUBLE, AttributeDefinition.FLOAT ->
                    value instanceof Number || (text && value instanceof String) ? parse(ad, value.toString().strip()) : null;
            case AttributeDefinition.BOOLEAN -> value instanceof Boolean ? value
                    : text && value instanceof String s && (s.equalsIgnoreCase("true") || s.equalsIgnoreCase("false"))
                            ? Boolean.valueOf(s) : null;
            case AttributeDefinition.STRING, AttributeDefinition.PASSWORD -> value instanceof String ? value : null;
            case AttributeDefinition.CHARACTER -> value instanceof String s && s.length() == 1 ? s
                    : value instanceof Character c ? c.toString() : null;
            default -> throw new IllegalArgumentException("has a type FocusFlow does not carry over");
        };
        if (typed == null) {
            throw new IllegalArgumentException("must be " + kind(ad));
        }
        String problem = ad.validate(ad.getCardinality() == 0 ? typed.toString() : escape(typed.toString()));
        if (problem != null && !problem.isEmpty()) {
            throw new IllegalArgumentException(typed + " is " + reason(ad, problem));
        }
        return typed;
    }

    private static Object parse(AttributeDefinition ad, String text) {
        try {
            return switch (ad.getType()) {
                case AttributeDefinition.INTEGER -> Integer.valueOf(text);
                case AttributeDefinition.LONG -> Long.valueOf(text);
                case AttributeDefinition.SHORT -> Short.valueOf(text);
                case AttributeDefinition.BYTE -> Byte.valueOf(text);
                case AttributeDefinition.FLOAT -> Float.valueOf(text);
                default -> Double.valueOf(text);
            };
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(text + " is not " + kind(ad) + " in range");
        }
    }

    private static Object typed(AttributeDefinition ad, Object canonical) {
        return switch (ad.getType()) {
            case AttributeDefinition.BOOLEAN, AttributeDefinition.STRING, AttributeDefinition.PASSWORD -> canonical;
            case AttributeDefinition.CHARACTER -> canonical.toString().charAt(0);
            default -> parse(ad, canonical.toString());
        };
    }

    private static Class<?> javaType(AttributeDefinition ad) {
        return switch (ad.getType()) {
            case AttributeDefinition.INTEGER -> Integer.class;
            case AttributeDefinition.LONG -> Long.class;
            case AttributeDefinition.SHORT -> Short.class;
            case AttributeDefinition.BYTE -> Byte.class;
            case AttributeDefinition.FLOAT -> Float.class;
            case AttributeDefinition.DOUBLE -> Double.class;
            case AttributeDefinition.BOOLEAN -> Boolean.class;
            case AttributeDefinition.CHARACTER -> Character.class;
            default -> String.class;
        };
    }

    private static String kind(AttributeDefinition ad) {
        return switch (ad.getType()) {
            case AttributeDefinition.INTEGER, AttributeDefinition.LONG, AttributeDefinition.SHORT, AttributeDefinition.BYTE ->
                    "a whole number";
            case AttributeDefinition.DOUBLE, AttributeDefinition.FLOAT -> "a number";
            case AttributeDefinition.BOOLEAN -> "true or false";
            case AttributeDefinition.CHARACTER -> "one character";
            default -> "a string";
        };
    }

    /** Felix Metatype answers with a message key such as "%greater than maximum": a readable reason. */
    private static String reason(AttributeDefinition ad, String problem) {
        String reason = problem.startsWith("%") ? problem.substring(1) : problem;
        String[] options = ad.getOptionValues();
        if (options != null && options.length > 0) {
            return reason + " (allowed: " + String.join(", ", Arrays.asList(options)) + ")";
        }
        String description = ad.getDescription() == null || ad.getDescription().isBlank() ? ""
                : ": " + ad.getDescription();
        return reason + " (" + ad.getName() + description + ")";
    }

    /** Metatype splits a multi-value attribute's text at commas: one value is checked on its own. */
    private static String escape(String value) {
        return value.replace("\\", "\\\\").replace(",", "\\,");
    }
}
