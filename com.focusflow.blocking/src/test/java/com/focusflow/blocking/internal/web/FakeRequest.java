package com.focusflow.blocking.internal.web;

import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import com.focusflow.api.http.ApiRequest;

/** An {@link ApiRequest} with a ready-made body object instead of JSON. */
record FakeRequest(String method, String path, Map<String, String> queries, Object bodyObject) implements ApiRequest {

    static FakeRequest of(String method, String path) {
        return new FakeRequest(method, path, Map.of(), null);
    }

    static FakeRequest of(String method, String path, Object body) {
        return new FakeRequest(method, path, Map.of(), body);
    }

    @Override
    public Optional<String> query(String name) {
        return Optional.ofNullable(queries.get(name));
    }

    @Override
    public int queryInt(String name, int defaultValue, int min, int max) {
        return defaultValue;
    }

    @Override
    public Optional<Instant> queryInstant(String name) {
        return Optional.empty();
    }

    @Override
    public Optional<LocalDate> queryDate(String name) {
        return Optional.empty();
    }

    @Override
    public <T> T body(Class<T> type) {
        return type.cast(bodyObject);
    }

    @Override
    public InputStream bodyStream() {
        return InputStream.nullInputStream();
    }
}
