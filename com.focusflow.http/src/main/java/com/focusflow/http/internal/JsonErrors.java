package com.focusflow.http.internal;

import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.focusflow.api.FocusFlowException;
import com.focusflow.support.json.StrictJson;

/** Turns Jackson's failures into INVALID_INPUT messages a user can act on: what is wrong, and where. */
final class JsonErrors {

    private JsonErrors() {
    }

    static FocusFlowException invalidBody(JsonProcessingException e) {
        // Jackson wraps what went wrong underneath (a record constructor refusing a value, the body size
        // limit, a read constraint) into mapping exceptions: the innermost reason is the one to report.
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof FocusFlowException ffe) {
                return ffe;
            }
            if (cause instanceof StreamConstraintsException sce) {
                return FocusFlowException.invalidInput("JSON body is too large or too deeply nested: %s",
                        sce.getOriginalMessage());
            }
        }
        var named = StrictJson.describe(e);
        if (named.isPresent()) {
            return FocusFlowException.invalidInput("field '%s': %s", named.get().field(), named.get().problem());
        }
        String where = e instanceof JsonMappingException jme ? field(jme) : "";
        if (e instanceof UnrecognizedPropertyException upe) {
            return FocusFlowException.invalidInput("unknown field '%s' in JSON body; known fields: %s",
                    upe.getPropertyName(), upe.getKnownPropertyIds().stream().map(String::valueOf).sorted()
                            .collect(Collectors.joining(", ")));
        }
        if (e instanceof InvalidFormatException ife) {
            return FocusFlowException.invalidInput("field '%s' has an invalid value '%s'%s", where,
                    StrictJson.shown(String.valueOf(ife.getValue())), expected(ife.getTargetType()));
        }
        if (e instanceof MismatchedInputException mie && !where.isEmpty()) {
            return FocusFlowException.invalidInput("field '%s' has the wrong type or is missing%s", where,
                    expected(mie.getTargetType()));
        }
        JsonLocation at = e.getLocation();
        return at == null
                ? FocusFlowException.invalidInput("malformed JSON body")
                : FocusFlowException.invalidInput("malformed JSON body at line %d, column %d", at.getLineNr(),
                        at.getColumnNr());
    }

    /** What a value of the type looks like, for the message; values are never converted from another type. */
    private static String expected(Class<?> type) {
        String must = StrictJson.mustBe(type);
        return must.startsWith("must") ? ": it " + must : "";
    }

    private static String field(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }
}
