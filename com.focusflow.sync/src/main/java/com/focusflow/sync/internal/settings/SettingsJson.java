package com.focusflow.sync.internal.settings;

import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Canonical values as one JSON object with sorted names: equal values give equal text. */
final class SettingsJson {

    static final String DEFAULTS = "{}";

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final TypeReference<TreeMap<String, Object>> MAP = new TypeReference<>() {
    };

    private SettingsJson() {
    }

    static String write(Map<String, Object> values) {
        try {
            return MAPPER.writeValueAsString(new TreeMap<>(values));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("canonical setting values are always JSON", e);
        }
    }

    static Map<String, Object> read(String json) {
        try {
            return MAPPER.readValue(json, MAP);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("sync_settings holds JSON written by SettingsJson", e);
        }
    }
}
