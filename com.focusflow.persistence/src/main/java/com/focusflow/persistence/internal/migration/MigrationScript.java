package com.focusflow.persistence.internal.migration;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One versioned migration: a file {@code V<version>__<description>.sql} holding SQL statements separated by
 * {@code ;}. Its checksum (SHA-256 of the text with LF line ends) detects a script edited after it ran.
 *
 * @param version 1, 2, 3, ...
 * @param description from the file name, underscores as spaces
 * @param name the file name
 * @param sql the script text
 * @param checksum SHA-256 of the text, hex
 */
public record MigrationScript(int version, String description, String name, String sql, String checksum) {

    private static final Pattern FILE_NAME = Pattern.compile("V([1-9][0-9]{0,8})__([A-Za-z0-9_-]+)\\.sql");

    /** Rejects missing parts. */
    public MigrationScript {
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(sql, "sql");
        Objects.requireNonNull(checksum, "checksum");
    }

    /**
     * A script from its file name and text.
     *
     * @throws IllegalArgumentException if the name is not {@code V<version>__<description>.sql}
     */
    public static MigrationScript of(String fileName, String sql) {
        Matcher m = FILE_NAME.matcher(fileName);
        if (!m.matches()) {
            throw new IllegalArgumentException("Migration file '" + fileName
                    + "' is not named V<version>__<description>.sql");
        }
        return new MigrationScript(Integer.parseInt(m.group(1)), m.group(2).replace('_', ' '), fileName, sql,
                checksum(sql));
    }

    /** The statements of the script, in order, without comments. */
    public List<String> statements() {
        return SqlStatements.split(sql);
    }

    static String checksum(String sql) {
        try {
            byte[] text = sql.replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
