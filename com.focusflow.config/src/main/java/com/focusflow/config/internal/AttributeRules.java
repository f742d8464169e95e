package com.focusflow.config.internal;

import java.lang.reflect.Array;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.osgi.service.metatype.AttributeDefinition;

import com.focusflow.api.config.ValueForm;

/**
 * The rules for one value of one attribute: type (read as the {@link ValueForm} says), cardinality, then the
 * attribute's own {@link AttributeDefinition#validate(String)} for range, options and required values, one
 * value at a time. A value that passes comes back as Config Admin stores it; one that does not is an
 * {@link IllegalArgumentException} whose message says why.
 */
final class AttributeRules {

    private AttributeRules() {
    }

    /** The value as Config Admin stores it: the declared type, an array or a list by cardinality. */
    static Object check(AttributeDefinition ad, Object value, ValueForm form) {
        if (value == null) {
            throw new IllegalArgumentException("must not be null; leave it out for the default");
        }
        if (ad.getCardinality() == 0) {
            if (value instanceof Collection<?> || value.getClass().isArray()) {
                throw new IllegalArgumentException("must be " + kind(ad) + ", one value");
            }
            return scalar(ad, value, form, false);
        }
        List<Object> values = values(ad, value, form);
        int most = Math.abs(ad.getCardinality());
        if (values.size() > most) {
            throw new IllegalArgumentException("at most " + most + " values");
        }
        List<Object> typed = values.stream().map(v -> scalar(ad, v, form, true)).toList();
        if (ad.getCardinality() < 0) {
            return new ArrayList<>(typed);
        }
        Object array = Array.newInstance(javaType(ad), typed.size());
        for (int i = 0; i < typed.size(); i++) {
            Array.set(array, i, typed.get(i));
        }
        return array;
    }

    private static List<Object> values(AttributeDefinition ad, Object value, ValueForm form) {
        if (form == ValueForm.JSON && !(value instanceof Collection<?>) && !value.getClass().isArray()) {
            throw new IllegalArgumentException("must be an array of " + kind(ad));
        }
        return items(value); // a .cfg line or a Gogo argument: one value, as Declarative Services reads it
    }

    /** The items of a list or an array; {@code value} alone otherwise. */
    static List<Object> items(Object value) {
        if (value instanceof Collection<?> c) {
            return new ArrayList<>(c);
        }
        if (value.getClass().isArray()) {
            List<Object> items = new ArrayList<>();
            for (int i = 0; i < Array.getLength(value); i++) {
                items.add(Array.get(value, i));
            }
            return items;
        }
        return List.of(value);
    }

    private static Object scalar(AttributeDefinition ad, Object value, ValueForm form, boolean oneOfMany) {
        boolean text = form == ValueForm.CONFIGURATION && value instanceof String;
        Object typed = switch (ad.getType()) {
            case AttributeDefinition.INTEGER, AttributeDefinition.LONG, AttributeDefinition.SHORT, AttributeDefinition.BYTE,
                    AttributeDefinition.BIGINTEGER ->
                    value instanceof Integer || value instanceof Long || value instanceof BigInteger
                            || value instanceof Short || value instanceof Byte || text ? number(ad, value.toString().strip()) : null;
            case AttributeDefinition.DOUBLE, AttributeDefinition.FLOAT, AttributeDefinition.BIGDECIMAL ->
                    value instanceof Number || text ? number(ad, value.toString().strip()) : null;
            case AttributeDefinition.BOOLEAN -> value instanceof Boolean ? value
                    : text && (value.toString().strip().equalsIgnoreCase("true") || value.toString().strip().equalsIgnoreCase("false"))
                            ? Boolean.valueOf(value.toString().strip()) : null;
            case AttributeDefinition.CHARACTER -> value instanceof Character ? value
                    : value instanceof String s && s.length() == 1 ? s.charAt(0) : null;
            default -> value instanceof String ? value : null; // STRING, PASSWORD
        };
        if (typed == null) {
            throw new IllegalArgumentException("must be " + kind(ad));
        }
        String shown = typed.toString();
        String problem = ad.validate(oneOfMany ? escape(shown) : shown);
        if (problem != null && !problem.isEmpty()) {
            throw new IllegalArgumentException(shown + " is " + reason(ad, problem));
        }
        return typed;
    }

    private static Object number(AttributeDefinition ad, String text) {
        try {
            return switch (ad.getType()) {
                case AttributeDefinition.INTEGER -> Integer.valueOf(text);
                case AttributeDefinition.LONG -> Long.valueOf(text);
                case AttributeDefinition.SHORT -> Short.valueOf(text);
                case AttributeDefinition.BYTE -> Byte.valueOf(text);
                case AttributeDefinition.BIGINTEGER -> new BigInteger(text);
                case AttributeDefinition.FLOAT -> Float.valueOf(text);
                case AttributeDefinition.BIGDECIMAL -> new BigDecimal(text);
                default -> Double.valueOf(text);
            };
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(text.matches("[-+]?\\d+")
                    ? text + " is not " + kind(ad) + " in range" : "must be " + kind(ad));
        }
    }

    private static Class<?> javaType(AttributeDefinition ad) {
        return switch (ad.getType()) {
            case AttributeDefinition.INTEGER -> Integer.class;
            case AttributeDefinition.LONG -> Long.class;
            case AttributeDefinition.SHORT -> Short.class;
            case AttributeDefinition.BYTE -> Byte.class;
            case AttributeDefinition.BIGINTEGER -> BigInteger.class;
            case AttributeDefinition.FLOAT -> Float.class;
            case AttributeDefinition.DOUBLE -> Double.class;
            case AttributeDefinition.BIGDECIMAL -> BigDecimal.class;
            case AttributeDefinition.BOOLEAN -> Boolean.class;
            case AttributeDefinition.CHARACTER -> Character.class;
            default -> String.class;
        };
    }

    private static String kind(AttributeDefinition ad) {
        return switch (ad.getType()) {
            case AttributeDefinition.INTEGER, AttributeDefinition.LONG, AttributeDefinition.SHORT, AttributeDefinition.BYTE,
                    AttributeDefinition.BIGINTEGER -> "a whole number";
            case AttributeDefinition.DOUBLE, AttributeDefinition.FLOAT, AttributeDefinition.BIGDECIMAL -> "a number";
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
            return reason + " (allowed: " + String.join(", ", options) + ")";
        }
        String description = ad.getDescription() == null || ad.getDescription().isBlank() ? "" : ": " + ad.getDescription();
        return reason + " (" + ad.getName() + description + ")";
    }

    /** Metatype splits a multi-valued attribute's text at commas: one value is checked on its own. */
    private static String escape(String value) {
        return value.replace("\\", "\\\\").replace(",", "\\,");
    }
}
