package com.focusflow.ui.internal.autostart;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * FocusFlow's file in the freedesktop autostart folder ({@code $XDG_CONFIG_HOME/autostart}, by default
 * {@code ~/.config/autostart}): written with the command that starts FocusFlow plus {@code --hidden}, and
 * removed again, but only when FocusFlow wrote it (a hand-made entry of the same name is left alone).
 */
final class AutostartEntry {
    static final String FILE_NAME = "focusflow.desktop";
    /** Marks the entry as FocusFlow's own, so that switching the setting off never deletes a user's file. */
    static final String MANAGED_KEY = "X-FocusFlow-Managed=true";

    /** Characters that make an Exec argument need quotes (Desktop Entry spec, "The Exec key"). */
    private static final String RESERVED = " \t\n\"'\\><~|&;$*?#()`";

    private final Path file;

    AutostartEntry(Path autostartDir) {
        this.file = autostartDir.resolve(FILE_NAME);
    }

    /** The autostart folder of the XDG Base Directory spec: a relative XDG_CONFIG_HOME is ignored, as the spec says. */
    static Path autostartDir(Map<String, String> env, String userHome) {
        String configHome = env.get("XDG_CONFIG_HOME");
        Path base = configHome != null && !configHome.isBlank() && Path.of(configHome).isAbsolute() ? Path.of(configHome)
                : Path.of(userHome, ".config");
        return base.resolve("autostart");
    }

    Path file() {
        return file;
    }

    /** Writes (or rewrites) the entry atomically; {@code command} is the program and its arguments. */
    void write(List<String> command) throws IOException {
        Files.createDirectories(file.getParent());
        String content = content(command);
        if (Files.exists(file) && Files.readString(file, StandardCharsets.UTF_8).equals(content)) {
            return;
        }
        Path temp = Files.createTempFile(file.getParent(), ".focusflow-", ".tmp");
        try {
            Files.writeString(temp, content, StandardCharsets.UTF_8);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Removes the entry if FocusFlow wrote it; returns whether a file was removed. */
    boolean remove() throws IOException {
        if (!Files.isRegularFile(file) || !Files.readAllLines(file, StandardCharsets.UTF_8).contains(MANAGED_KEY)) {
            return false;
        }
        return Files.deleteIfExists(file);
    }

    static String content(List<String> command) {
        String exec = command.stream().map(AutostartEntry::quote).collect(Collectors.joining(" "));
        String tryExec = command.get(0).startsWith("/") ? "TryExec=" + escape(command.get(0)) + "\n" : "";
        return "[Desktop Entry]\n"
                + "Type=Application\n"
                + "Name=FocusFlow\n"
                + "Comment=Start FocusFlow hidden at login\n"
                // A removed package leaves no broken autostart: the desktop skips an entry whose TryExec is gone.
                + tryExec
                + "Exec=" + exec + "\n"
                + "Icon=focusflow\n"
                + "Terminal=false\n"
                + "NoDisplay=true\n"
                + "X-GNOME-Autostart-enabled=true\n"
                + MANAGED_KEY + "\n";
    }

    /**
     * One Exec argument per the Desktop Entry spec: quoted when it holds a reserved character, with
     * {@code " ` $ \} escaped inside the quotes, and the string escaped once more for the key's value.
     */
    static String quote(String arg) {
        String percent = arg.replace("%", "%%"); // a literal % is %% in Exec, quoted or not
        if (!percent.isEmpty() && percent.chars().noneMatch(c -> RESERVED.indexOf(c) >= 0)) {
            return percent;
        }
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : percent.toCharArray()) {
            if (c == '"' || c == '`' || c == '$' || c == '\\') {
                quoted.append('\\');
            }
            quoted.append(c);
        }
        return escape(quoted.append('"').toString());
    }

    /** The general escape rule for string values: a backslash is written as two. */
    private static String escape(String value) {
        return value.replace("\\", "\\\\");
    }
}
