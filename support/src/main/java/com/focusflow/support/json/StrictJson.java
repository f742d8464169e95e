package com.focusflow.support.json;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;

/**
 * FocusFlow reads JSON strictly, for the API and for imports alike: a value of the wrong type is refused
 * instead of converted ({@code "strict":1}, {@code 25.7} for a whole number, {@code "25"}, {@code true}
 * for a text), and so is a key that appears twice in one object. Overflow and duplicates are named by
 * their field ({@link #describe}).
 */
public final class StrictJson {

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

    /**
     * What a read failure that Jackson reports without a field means, naming the field: a number too
     * large for it, or a key given twice. Empty for any other failure.
     */
    public static Optional<String> describe(JsonProcessingException e) {
        // the mapper wraps what the parser found into a mapping exception: look underneath
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof InputCoercionException overflow && overflow.getProcessor() != null) {
                JsonParser parser = overflow.getProcessor();
                return Optional.of(String.format("%s: %s is out of range for a %s", path(parser.getParsingContext()),
                        text(parser), overflow.getTargetType() == null ? "number" : overflow.getTargetType().getSimpleName()));
            }
            if (cause instanceof JsonParseException duplicate && duplicate.getOriginalMessage() != null
                    && duplicate.getOriginalMessage().startsWith("Duplicate") && duplicate.getProcessor() != null) {
                return Optional.of(String.format("%s appears twice", path(duplicate.getProcessor().getParsingContext())));
            }
        }
        return Optional.empty();
    }

    private static String text(JsonParser parser) {
        try {
            return parser.getText();
        } catch (IOException | RuntimeException unreadable) {
            return "the number";
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
