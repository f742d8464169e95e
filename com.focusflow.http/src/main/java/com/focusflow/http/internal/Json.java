package com.focusflow.http.internal;

import java.io.IOException;
import java.util.List;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.focusflow.api.health.HealthItem;
import com.focusflow.api.health.HealthReport;
import com.focusflow.api.http.ApiError;
import com.focusflow.support.json.StrictJson;

/** The one JSON mapping FocusFlow's API uses, following the conventions in {@code com.focusflow.api}. */
final class Json {

    /** Deeper documents than this are refused before they can exhaust the stack. */
    static final int MAX_NESTING_DEPTH = 32;
    static final int MAX_STRING_LENGTH = 1_000_000;

    private Json() {
    }

    /** The shared mapper: thread-safe once built, and building one costs a large share of startup. */
    static ObjectMapper mapper() {
        return Holder.MAPPER;
    }

    /**
     * Jackson loads several hundred classes on first use. Doing that on a spare thread while the rest of
     * the framework starts keeps it off the path to the first answer (startup time is a product goal).
     */
    static void warmUpInBackground() {
        Thread warmUp = new Thread(() -> {
            try {
                mapper().writeValueAsBytes(HealthReport.of(List.of(HealthItem.up("warm-up"))));
                mapper().readValue("{\"error\":\"IO\",\"message\":\"warm-up\"}", ApiError.class);
            } catch (IOException | RuntimeException ignored) {
                // only a warm-up: a real request reports any problem
            }
        }, "FocusFlow JSON warm-up");
        warmUp.setDaemon(true);
        warmUp.start();
    }

    private static final class Holder {
        static final ObjectMapper MAPPER = build();
    }

    private static ObjectMapper build() {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_NESTING_DEPTH)
                        .maxStringLength(MAX_STRING_LENGTH)
                        .build())
                .build();
        return StrictJson.configure(JsonMapper.builder(factory))
                .addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
                .enable(SerializationFeature.WRITE_ENUMS_USING_TO_STRING)
                .enable(DeserializationFeature.READ_ENUMS_USING_TO_STRING)
                .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .build();
    }
}
