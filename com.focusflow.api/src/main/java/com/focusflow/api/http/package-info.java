/**
 * The HTTP API whiteboard: a bundle exposes JSON under {@value com.focusflow.api.http.ApiResource#BASE_PATH}
 * by registering an {@link com.focusflow.api.http.ApiResource} service with its route table, without
 * servlets or a JSON library. The HTTP bundle does authentication, CSRF protection, routing (404, 405 with
 * {@code Allow}, {@code HEAD}, 503 while a resource is missing), JSON (see the conventions in
 * {@link com.focusflow.api}) and error mapping: a {@link com.focusflow.api.FocusFlowException} becomes
 * an {@link com.focusflow.api.http.ApiError} with a status chosen by the HTTP bundle from its kind
 * ({@code UNAVAILABLE} is 503 with {@code Retry-After}); a malformed body or query parameter
 * is {@code INVALID_INPUT} (400). Any other exception is a bug: it is logged with its stack trace and
 * answered 500 as kind {@code IO} with a message pointing to the log, never with the stack trace.
 */
@Version("2.0.0")
@Export
package com.focusflow.api.http;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
