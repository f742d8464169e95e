package com.focusflow.sync.internal;

import java.util.Map;

import com.focusflow.api.sync.DataContributor;

/**
 * The sections behind the {@link com.focusflow.api.sync.SyncService}, for the folder sync, which writes
 * them as several files instead of one document. A service of this bundle only (its package is private).
 */
public interface SyncSections {
    /** The contributor of each section, sorted by section name. */
    Map<String, DataContributor<?>> contributors();

    /** The FocusFlow version written into documents. */
    String appVersion();
}
