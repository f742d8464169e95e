package com.focusflow.api.http;

import java.io.IOException;
import java.io.OutputStream;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A response body that writes itself, in bounded memory, e.g. the export download. Once writing has
 * started the status cannot change any more: a failure then aborts the response.
 */
@ConsumerType
@FunctionalInterface
public interface StreamingBody {
    /** Writes the body to {@code out}; must not close it. */
    void writeTo(OutputStream out) throws IOException;
}
