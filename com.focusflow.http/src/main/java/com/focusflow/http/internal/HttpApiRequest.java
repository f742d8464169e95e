package com.focusflow.http.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletRequest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.focusflow.api.FocusFlowException;
import com.focusflow.api.http.ApiRequest;

/** An {@link ApiRequest} over a servlet request; every parse failure is INVALID_INPUT naming the input. */
final class HttpApiRequest implements ApiRequest {

    private final HttpServletRequest request;
    private final Map<String, String> pathParameters;
    private final ObjectMapper mapper;
    private final long maxBodyBytes;

    HttpApiRequest(HttpServletRequest request, Map<String, String> pathParameters, ObjectMapper mapper,
            long maxBodyBytes) {
        this.request = request;
        this.pathParameters = Map.copyOf(pathParameters);
        this.mapper = mapper;
        this.maxBodyBytes = maxBodyBytes;
    }

    @Override
    public String method() {
        return request.getMethod();
    }

    @Override
    public String pathParameter(String name) {
        String value = pathParameters.get(name);
        if (value == null) {
            throw new IllegalArgumentException("the route has no path parameter {" + name + "}");
        }
        return value;
    }

    @Override
    public Optional<String> query(String name) {
        return Optional.ofNullable(request.getParameter(name)).map(String::strip).filter(s -> !s.isEmpty());
    }

    @Override
    public int queryInt(String name, int defaultValue, int min, int max) {
        Optional<String> raw = query(name);
        if (raw.isEmpty()) {
            return defaultValue;
        }
        int value;
        try {
            value = Integer.parseInt(raw.get());
        } catch (NumberFormatException e) {
            throw FocusFlowException.invalidInput("query parameter '%s' must be a whole number, not '%s'", name,
                    raw.get());
        }
        if (value < min || value > max) {
            throw FocusFlowException.invalidInput("query parameter '%s' must be between %d and %d, not %d", name,
                    min, max, value);
        }
        return value;
    }

    @Override
    public Optional<Instant> queryInstant(String name) {
        return parsed(name, s -> OffsetDateTime.parse(s).toInstant(), "an ISO-8601 time such as 2026-01-05T09:30:00Z");
    }

    @Override
    public Optional<LocalDate> queryDate(String name) {
        return parsed(name, LocalDate::parse, "an ISO-8601 date such as 2026-01-05");
    }

    private <T> Optional<T> parsed(String name, Function<String, T> parser, String expected) {
        return query(name).map(raw -> {
            try {
                return parser.apply(raw);
            } catch (DateTimeParseException e) {
                throw FocusFlowException.invalidInput("query parameter '%s' must be %s, not '%s'", name, expected, raw);
            }
        });
    }

    @Override
    public <T> T body(Class<T> type) {
        try (InputStream in = bodyStream()) {
            if (request.getContentLengthLong() == 0) {
                throw FocusFlowException.invalidInput("a JSON body is required");
            }
            T value = mapper.readValue(in, type);
            if (value == null) {
                throw FocusFlowException.invalidInput("a JSON body is required, not null");
            }
            return value;
        } catch (JsonProcessingException e) {
            if (e.getMessage() != null && e.getMessage().startsWith("No content to map")) {
                throw FocusFlowException.invalidInput("a JSON body is required");
            }
            throw JsonErrors.invalidBody(e);
        } catch (IOException e) {
            throw FocusFlowException.io(e, "could not read the request body: %s", e.getMessage());
        }
    }

    @Override
    public InputStream bodyStream() {
        long declared = request.getContentLengthLong();
        if (declared > maxBodyBytes) {
            throw FocusFlowException.invalidInput("request body of %d bytes is larger than the limit of %d bytes",
                    declared, maxBodyBytes);
        }
        try {
            return new LimitedInputStream(request.getInputStream(), maxBodyBytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
