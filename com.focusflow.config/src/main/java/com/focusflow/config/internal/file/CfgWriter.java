package com.focusflow.config.internal.file;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.apache.felix.utils.properties.TypedProperties;

import com.focusflow.support.fileinstall.FileInstallLinks;

/**
 * Writes a configuration's values into its {@code .cfg} file in FileInstall's own format ({@link TypedProperties}:
 * comments and the order of lines stay, a number is written typed, {@code I"95"}, and read back as a number).
 * The new text goes to a temporary file in the same folder, is forced to disk and renamed over the file, so
 * FileInstall, polling the folder on its own thread, reads the old file or the new one, never a half-written one
 * (FileInstall's own write-back truncated the file in place, and a poll in between emptied the configuration).
 * Nothing is written when the file already says what the configuration holds: FileInstall's own update of a
 * configuration from an edited file comes back here and must not race the person's next edit.
 */
final class CfgWriter {

    /** Properties Config Admin and FileInstall keep that never go into the file. */
    static final Set<String> NOT_IN_FILE = Set.of("service.pid", "service.factoryPid", "service.bundleLocation",
            FileInstallLinks.FILE_LINK);

    private final Charset charset;
    private final TypedProperties.SubstitutionCallback substitution;

    /**
     * @param charset      FileInstall's {@code felix.fileinstall.configEncoding} (its default: ISO-8859-1)
     * @param substitution how FileInstall resolves {@code ${...}} in values, so that values compare as it read them
     */
    CfgWriter(Charset charset, TypedProperties.SubstitutionCallback substitution) {
        this.charset = charset;
        this.substitution = substitution;
    }

    /**
     * @return whether the file changed: not when it already held {@code values}, nor when it is gone (FileInstall
     *         deletes the configuration of a deleted file; writing it again would bring the setting back)
     */
    boolean write(Path file, Map<String, Object> values) throws IOException {
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        TypedProperties text = new TypedProperties(substitution);
        try (Reader in = Files.newBufferedReader(file, charset)) {
            text.load(in);
        }
        Map<String, Object> wanted = new HashMap<>(values);
        wanted.keySet().removeAll(NOT_IN_FILE);
        if (holds(text, wanted)) {
            return false;
        }
        for (String key : new HashSet<>(text.keySet())) {
            if (!wanted.containsKey(key) && !NOT_IN_FILE.contains(key)) {
                text.remove(key);
            }
        }
        wanted.forEach(text::put);
        StringWriter out = new StringWriter();
        text.save(out);
        replace(file, out.toString());
        return true;
    }

    private static boolean holds(TypedProperties text, Map<String, Object> wanted) {
        Set<String> keys = new HashSet<>(text.keySet());
        keys.removeAll(NOT_IN_FILE);
        if (!keys.equals(wanted.keySet())) {
            return false;
        }
        return keys.stream().allMatch(k -> Objects.deepEquals(text.get(k), wanted.get(k)));
    }

    private void replace(Path file, String content) throws IOException {
        Path dir = file.getParent();
        Path temp = Files.createTempFile(dir, "." + file.getFileName() + ".", ".tmp"); // not a .cfg: FileInstall skips it
        try {
            keepOwnerAndMode(file, temp);
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
                    Writer writer = Channels.newWriter(channel, charset.newEncoder(), -1)) {
                writer.write(content);
                writer.flush();
                channel.force(true);
            }
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** The file stays its owner's with its mode (a root-run FocusFlow writing a person's file must not take it). */
    private static void keepOwnerAndMode(Path file, Path temp) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
        if (view == null) {
            return;
        }
        PosixFileAttributes now = view.readAttributes();
        PosixFileAttributeView target = Files.getFileAttributeView(temp, PosixFileAttributeView.class);
        target.setPermissions(now.permissions());
        if (!now.owner().equals(Files.getOwner(temp))) {
            target.setOwner(now.owner());
            target.setGroup(now.group());
        }
    }
}
