package com.focusflow.session.internal;

import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import com.focusflow.api.FocusFlowException;
import com.focusflow.api.http.ApiRequest;

/** An API request as the HTTP bundle hands it over, already parsed. */
record FakeRequest(String method, String path, Map<String, String> query, Object body) implements ApiRequest {

    static FakeRequest get(String path, Map<String, String> query) {
        return new FakeRequest("GET", path, query, null);
    }

    static FakeRequest post(String path, Object body) {
        return new FakeRequest("POST", path, Map.of(), body);
    }

    @Override
    public Optional<String> query(String name) {
        return Optional.ofNullable(query.get(name));
    }

    @Override
    public int queryInt(String name, int defaultValue, int min, int max) {
        int value = query(name).map(Integer::parseInt).orElse(defaultValue);
        if (value < min || value > max) {
            throw FocusFlowException.invalidInput("%s must be %d..%d", name, min, max);
        }
        return value;
    }

    @Override
    public Optional<Instant> queryInstant(String name) {
        return query(name).map(Instant::parse);
    }

    @Override
    public Optional<LocalDate> queryDate(String name) {
        return query(name).map(LocalDate::parse);
    }

    @Override
    public <T> T body(Class<T> type) {
        return type.cast(body);
    }

    @Override
    public InputStream bodyStream() {
        throw new UnsupportedOperationException();
    }
}
