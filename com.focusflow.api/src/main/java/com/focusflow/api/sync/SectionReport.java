package com.focusflow.api.sync;

/**
 * What an import did to one section.
 *
 * @param added items that were not there before
 * @param updated existing items replaced by a more complete or newer version
 * @param unchanged items already present as they are (or newer locally)
 */
public record SectionReport(int added, int updated, int unchanged) {
    /** The number of items the section held in the document. */
    public int total() {
        return added + updated + unchanged;
    }

    /** The number of items added or updated: zero when the import changed nothing here. */
    public int changed() {
        return added + updated;
    }
}
