/**
 * Export and merging import of FocusFlow's data as one JSON document whose sections come from
 * {@link com.focusflow.api.sync.DataContributor} services.
 *
 * <p>Document ({@link com.focusflow.api.sync.SyncFormat}):
 * <pre>
 * {"formatVersion": 1, "appVersion": "0.1.0", "exportedAt": "2026-01-05T09:30:00Z",
 *  "sections": {"sessions": {"items": [...]}, "blocklist": {"items": [...]}}}
 * </pre>
 *
 * <p>Import runs in two phases so that bad input changes nothing: the sync bundle parses and checks the
 * whole document, then calls {@link com.focusflow.api.sync.DataContributor#prepareImport} for every
 * section (validation and merge, no writes); only when every section is prepared does it
 * {@link com.focusflow.api.sync.ImportPlan#apply() apply} the plans, each in one transaction. Merges are
 * idempotent, so the same document imported twice changes nothing the second time, and an import
 * interrupted by a fault between two sections is completed by importing again.
 */
@Version("1.3.0")
@Export
package com.focusflow.api.sync;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
