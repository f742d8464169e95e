package com.focusflow.api.blocking;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * What a {@link Blocker} must block, derived from the enabled block-list items. Both lists are sorted
 * and free of duplicates, so equal sets are equal records and a blocker can skip a repeated engage, and
 * the hosts file gets the same bytes for the same set.
 *
 * @param websites validated, lower-case ASCII host names, with the {@code www.} and {@code m.}
 *        variants of each listed apex already added
 * @param apps lower-case process names without {@code .exe}; match them case-insensitively, with or
 *        without {@code .exe}
 * @param strictUntil the end of the strict session this block belongs to, or null if it may be lifted
 *        at any time: a blocker that can hold a block on its own (the hosts blocker through the privileged
 *        helper) keeps it until then even if FocusFlow stops
 */
public record BlockSet(List<String> websites, List<String> apps, Instant strictUntil) {
    /** Nothing to block. */
    public static final BlockSet EMPTY = new BlockSet(List.of(), List.of());

    /** A block that may be lifted at any time. */
    public BlockSet(List<String> websites, List<String> apps) {
        this(websites, apps, null);
    }

    /** The same names, strict until {@code end} (null: not strict). */
    public BlockSet strictUntil(Instant end) {
        return new BlockSet(websites, apps, end);
    }

    /** Copies both lists sorted and without duplicates. */
    public BlockSet {
        websites = sorted(websites, "websites");
        apps = sorted(apps, "apps");
    }

    private static List<String> sorted(Collection<String> values, String name) {
        return List.copyOf(new TreeSet<>(Objects.requireNonNull(values, name)));
    }
}
