/**
 * The HTTP API whiteboard: a bundle exposes JSON under {@value com.focusflow.api.http.ApiResource#BASE_PATH}
 * by registering an {@link com.focusflow.api.http.ApiResource} service, without servlets or a JSON
 * library. The HTTP bundle does authentication, CSRF protection, JSON (see the conventions in
 * {@link com.focusflow.api}) and error mapping: a {@link com.focusflow.api.FocusFlowException} becomes
 * an {@link com.focusflow.api.http.ApiError} with the kind's status; a malformed body or query parameter
 * is {@code INVALID_INPUT} (400). Any other exception is a bug: it is logged with its stack trace and
 * answered 500 as kind {@code IO} with a message pointing to the log, never with the stack trace.
 */
@Version("1.0.0")
@Export
package com.focusflow.api.http;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
