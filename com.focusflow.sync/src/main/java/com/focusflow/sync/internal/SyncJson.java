package com.focusflow.sync.internal;

import java.time.Instant;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.focusflow.api.sync.SyncFormat;
import com.focusflow.support.json.StrictJson;

/**
 * The document's JSON settings: the API's wire forms (as over HTTP), the import's size limits, and the same
 * strict types as the API ({@link StrictJson}: no {@code "25"} for 25, no 1 for true, no key twice).
 */
public final class SyncJson {

    /** Shared by the folder sync, whose files are export documents too. */
    public static final ObjectMapper MAPPER = build();

    private SyncJson() {
    }

    private static ObjectMapper build() {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(SyncFormat.MAX_DEPTH)
                        .maxStringLength(SyncFormat.MAX_STRING_LENGTH).build())
                .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
                .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
                .build();
        return StrictJson.configure(JsonMapper.builder(factory))
                .addModule(new JavaTimeModule())
                .addModule(new SimpleModule("focusflow-instants").addDeserializer(Instant.class, new IsoInstants()))
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(SerializationFeature.WRITE_ENUMS_USING_TO_STRING)
                .enable(DeserializationFeature.READ_ENUMS_USING_TO_STRING)
                .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .build();
    }
}
