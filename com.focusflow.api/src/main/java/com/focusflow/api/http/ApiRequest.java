package com.focusflow.api.http;

import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * An authenticated request to an {@link ApiRoute}, provided by the HTTP bundle. Every parse failure
 * is {@link com.focusflow.api.FocusFlowException} {@code INVALID_INPUT} naming the parameter or field.
 */
@ProviderType
public interface ApiRequest {
    /** The HTTP method in upper case, e.g. {@code "POST"}. */
    String method();

    /**
     * A path parameter of the route, e.g. {@code "id"} of {@code "/{id}"}; URL-decoded.
     *
     * @throws IllegalArgumentException if the route has no such parameter (a bug in the resource)
     */
    String pathParameter(String name);

    /** The first value of a query parameter; empty if it is absent or blank. */
    Optional<String> query(String name);

    /**
     * An integer query parameter.
     *
     * @return its value, or {@code defaultValue} if it is absent or blank
     * @throws com.focusflow.api.FocusFlowException {@code INVALID_INPUT} if it is not an integer or not in
     *         {@code min..max}
     */
    int queryInt(String name, int defaultValue, int min, int max);

    /**
     * An instant query parameter in ISO-8601 with an offset or {@code Z}, e.g. {@code 2026-01-05T09:30:00Z}.
     *
     * @throws com.focusflow.api.FocusFlowException {@code INVALID_INPUT} if it cannot be parsed
     */
    Optional<Instant> queryInstant(String name);

    /**
     * A local date query parameter in ISO-8601, e.g. {@code 2026-01-05}.
     *
     * @throws com.focusflow.api.FocusFlowException {@code INVALID_INPUT} if it cannot be parsed
     */
    Optional<LocalDate> queryDate(String name);

    /**
     * The JSON body read into {@code type} (typically a record).
     *
     * @throws com.focusflow.api.FocusFlowException {@code INVALID_INPUT} if the body is missing, malformed,
     *         too large or does not fit {@code type}, naming the field where possible
     */
    <T> T body(Class<T> type);

    /**
     * The raw body, for large documents such as an import; read it at most once, instead of
     * {@link #body(Class)}. The HTTP bundle closes it.
     */
    InputStream bodyStream();
}
