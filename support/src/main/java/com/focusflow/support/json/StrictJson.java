package com.focusflow.support.json;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.Locale;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.focusflow.support.log.LogText;

/**
 * FocusFlow reads JSON strictly, for the API and for imports alike: a value of the wrong type is refused
 * instead of converted ({@code "strict":1}, {@code 25.7} for a whole number, {@code "25"}, {@code true}
 * for a text), and so is a key that appears twice in one object. Overflow and duplicates are named by
 * their field ({@link #describe}); {@link #mustBe} and {@link #wrongValue} say what a value must look like,
 * in the same words for the API and for imports.
 */
public final class StrictJson {

    /** Values in messages are cut: a message names the place, it need not repeat a megabyte. */
    private static final int MAX_SHOWN = 40;

    private StrictJson() {
    }

    /** Adds the strict reading rules to a mapper being built. */
    public static JsonMapper.Builder configure(JsonMapper.Builder builder) {
        return builder
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .withCoercionConfigDefaults(c -> c.setAcceptBlankAsEmpty(false))
                .withCoercionConfig(LogicalType.Boolean, c -> c
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.String, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Integer, c -> c
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.String, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Float, c -> c
                        .setCoercion(CoercionInputShape.String, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Textual, c -> c
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail));
    }

    /** A read failure that Jackson reports without a field, with the field: where, and what is wrong there. */
    public record Problem(String field, String problem) {

        /** {@code sessions[1].plannedMinutes: 99999999999 is out of range (...)}. */
        @Override
        public String toString() {
            return field + ": " + problem;
        }
    }

    /**
     * What a read failure that Jackson reports without a field means, naming the field: a number too
     * large for it, or a key given twice. Empty for any other failure.
     */
    public static Optional<Problem> describe(JsonProcessingException e) {
        // the mapper wraps what the parser found into a mapping exception: look underneath
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof InputCoercionException overflow && overflow.getProcessor() != null) {
                JsonParser parser = overflow.getProcessor();
                return Optional.of(new Problem(path(parser.getParsingContext()),
                        shown(text(parser)) + " is out of range (" + range(overflow.getTargetType()) + ")"));
            }
            if (cause instanceof JsonParseException duplicate && duplicate.getOriginalMessage() != null
                    && duplicate.getOriginalMessage().startsWith("Duplicate") && duplicate.getProcessor() != null) {
                return Optional.of(new Problem(path(duplicate.getProcessor().getParsingContext()), "the key appears twice"));
            }
        }
        return Optional.empty();
    }

    /**
     * What is wrong with a value of the wrong type, e.g. {@code must be true or false, not 1}; the value is
     * shown when Jackson kept it (shortened).
     */
    public static String wrongValue(MismatchedInputException e) {
        String must = mustBe(e.getTargetType());
        String value = null;
        if (e instanceof InvalidFormatException invalid && invalid.getValue() != null) {
            value = invalid.getValue() instanceof String text ? '"' + text + '"' : invalid.getValue().toString();
        } else if (e.getProcessor() instanceof JsonParser parser && parser.currentToken() != null
                && parser.currentToken().isScalarValue()) {
            // a refused coercion keeps no value, but the parser still stands on it
            String text = text(parser);
            value = parser.currentToken() == JsonToken.VALUE_STRING ? '"' + text + '"' : text;
        }
        return value == null ? must : must + ", not " + shown(value);
    }

    /** A value from outside as a message shows it: cut, and escaped (the message may be logged). */
    public static String shown(String value) {
        return LogText.escape(value.length() > MAX_SHOWN ? value.substring(0, MAX_SHOWN) + "..." : value);
    }

    /**
     * What a value of the type must look like, for messages: {@code must be true or false}, {@code must be a
     * whole number}, ... Values are never converted from another JSON type, so this is all there is to say.
     */
    public static String mustBe(Class<?> type) {
        if (type == boolean.class || type == Boolean.class) {
            return "must be true or false";
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class
                || type == short.class || type == Short.class) {
            return "must be a whole number";
        }
        if (type == double.class || type == Double.class || type == float.class || type == Float.class) {
            return "must be a number";
        }
        if (type == Instant.class) {
            return "must be a time in quotes such as \"2026-01-05T09:30:00Z\"";
        }
        if (type == String.class) {
            return "must be a string";
        }
        return type != null && type.isEnum() ? "must be one of " + Arrays.toString(type.getEnumConstants()).toLowerCase(Locale.ROOT)
                : "has the wrong type";
    }

    private static String range(Class<?> type) {
        if (type == Integer.TYPE || type == Integer.class) {
            return "a whole number from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE;
        }
        if (type == Long.TYPE || type == Long.class) {
            return "a whole number from " + Long.MIN_VALUE + " to " + Long.MAX_VALUE;
        }
        return "too large";
    }

    private static String text(JsonParser parser) {
        try {
            return parser.getText();
        } catch (IOException | RuntimeException unreadable) {
            return "the value";
        }
    }

    /** The path to the value the parser is at, e.g. {@code sessions[2].plannedMinutes}. */
    public static String path(JsonStreamContext context) {
        Deque<String> parts = new ArrayDeque<>();
        for (JsonStreamContext at = context; at != null && !at.inRoot(); at = at.getParent()) {
            if (at.inObject() && at.getCurrentName() != null) {
                parts.addFirst("." + at.getCurrentName());
            } else if (at.inArray()) {
                parts.addFirst("[" + Math.max(0, at.getCurrentIndex()) + "]");
            }
        }
        String path = String.join("", parts);
        return path.startsWith(".") ? path.substring(1) : path.isEmpty() ? "the document" : path;
    }
}
