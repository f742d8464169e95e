package com.focusflow.api.sync;

import java.io.InputStream;
import java.io.OutputStream;
import org.osgi.annotation.versioning.ProviderType;

/** Export and merging import of all contributed sections. Neither method closes the stream it is given. */
@ProviderType
public interface SyncService {
    /**
     * Writes the whole document to {@code out}, streaming each section item by item in bounded memory.
     *
     * @throws com.focusflow.api.FocusFlowException {@code IO} if writing fails (e.g. disk full);
     *         {@code DATABASE} if reading fails; {@code UNAVAILABLE}, with nothing written, while a section
     *         FocusFlow's own bundles provide is missing (its bundle is starting, updating or stopped)
     */
    void exportTo(OutputStream out);

    /**
     * Reads a document and merges every section into the local data, all sections validated before any
     * is written. Sections no installed contributor knows are skipped and logged.
     *
     * @return what changed, per section
     * @throws com.focusflow.api.FocusFlowException {@code INVALID_INPUT} for malformed or truncated JSON,
     *         wrong types, an unknown format version or absurd sizes, naming the place as
     *         {@code section[index].field}, with nothing written; {@code CONFLICT} if another import is still
     *         running after a minute (imports take turns: the sync folder merges in the background);
     *         {@code UNAVAILABLE}, with nothing read, while a section FocusFlow's own bundles provide is missing;
     *         {@code IO}, {@code DATABASE}
     */
    ImportReport importFrom(InputStream in);
}
