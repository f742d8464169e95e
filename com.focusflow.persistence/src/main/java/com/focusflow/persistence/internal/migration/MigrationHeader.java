package com.focusflow.persistence.internal.migration;

import java.util.regex.Pattern;

import com.focusflow.persistence.SchemaReady;

/** Reads the {@value SchemaReady#MIGRATIONS_HEADER} header: one relative folder inside the bundle. */
public final class MigrationHeader {

    private static final Pattern FOLDER = Pattern.compile("[A-Za-z0-9_.-]+(/[A-Za-z0-9_.-]+)*");

    private MigrationHeader() {
    }

    /**
     * The folder the header names, without leading or trailing slashes.
     *
     * @return null if the header is absent (the bundle has no tables)
     * @throws IllegalArgumentException if it is empty, has more than one folder, or leaves the bundle ({@code ..})
     */
    public static String folder(String header) {
        if (header == null) {
            return null;
        }
        String folder = header.strip();
        while (folder.startsWith("/")) {
            folder = folder.substring(1);
        }
        while (folder.endsWith("/")) {
            folder = folder.substring(0, folder.length() - 1);
        }
        if (!FOLDER.matcher(folder).matches() || Pattern.compile("(^|/)\\.\\.?(/|$)").matcher(folder).find()) {
            throw new IllegalArgumentException(SchemaReady.MIGRATIONS_HEADER + " must name one folder inside the bundle, "
                    + "e.g. 'db/migration'; found '" + header + "'");
        }
        return folder;
    }
}
