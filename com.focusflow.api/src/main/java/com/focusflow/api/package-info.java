/**
 * FocusFlow's shared vocabulary: the error type every service throws and small shared DTOs.
 *
 * <p>Conventions for the whole API:
 * <ul>
 * <li>Instants ({@link java.time.Instant}) are UTC and appear in JSON as ISO-8601 strings
 * ({@code 2026-01-05T09:30:00Z}); local days are {@link java.time.LocalDate} ({@code 2026-01-05}).</li>
 * <li>Durations are whole seconds in fields named {@code ...Seconds} and whole minutes in fields named
 * {@code ...Minutes}.</li>
 * <li>Records are serialized as they are: their component names are the JSON field names.</li>
 * <li>Enums with a lower-case wire form (e.g. {@code "focus"}, {@code "website"}) return it from
 * {@code toString()} and parse it leniently; JSON mappers enable Jackson's
 * {@code WRITE_ENUMS_USING_TO_STRING}, {@code READ_ENUMS_USING_TO_STRING} and
 * {@code ACCEPT_CASE_INSENSITIVE_ENUMS}. All other enums use their constant names.</li>
 * <li>Records that arrive from outside (request bodies, imported items) do not reject nulls in their
 * constructors: the service that receives them validates them and throws
 * {@link com.focusflow.api.ErrorKind#INVALID_INPUT} naming the field, never a
 * {@code NullPointerException}.</li>
 * <li>Every failure a user can cause is a {@link com.focusflow.api.FocusFlowException}.</li>
 * </ul>
 */
@Version("2.1.0")
@Export
package com.focusflow.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
