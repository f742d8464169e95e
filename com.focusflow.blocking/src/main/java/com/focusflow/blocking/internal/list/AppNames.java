package com.focusflow.blocking.internal.list;

import java.text.Normalizer;
import java.util.Locale;

import com.focusflow.api.FocusFlowException;

/**
 * Process names as the block list stores and matches them: lower case, without {@code .exe}, so that
 * {@code Discord.exe}, {@code discord} and {@code DISCORD} are one app. Names of processes the system or
 * FocusFlow need are refused.
 */
public final class AppNames {

    /** Longest process name accepted (file names are at most 255 bytes almost everywhere). */
    public static final int MAX_LENGTH = 255;

    private AppNames() {
    }

    /**
     * The stored form of an app: a process name, lower case, without {@code .exe} and without a path.
     *
     * @throws FocusFlowException {@code INVALID_INPUT} if it is empty, has control characters, a path
     *         separator or a wildcard, is too long, or names a protected process
     */
    public static String normalize(String raw) {
        if (raw == null || raw.isBlank()) {
            throw FocusFlowException.invalidInput("app is required: its process name, e.g. discord");
        }
        String name = raw.strip();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT) {
                throw FocusFlowException.invalidInput("app name must not contain control characters or line breaks");
            }
            if (c == '/' || c == '\\' || c == '*' || c == '?') {
                throw FocusFlowException.invalidInput(
                        "app '%s' cannot be blocked: give the process name only (no path, no wildcard), e.g. discord",
                        name);
            }
        }
        name = key(name);
        if (!name.isEmpty() && name.chars().allMatch(c -> c == '.')) {
            throw FocusFlowException.invalidInput("app '%s' cannot be blocked: it is not a process name", name);
        }
        if (name.isEmpty() || name.length() > MAX_LENGTH) {
            throw FocusFlowException.invalidInput("app name must have 1 to %d characters", MAX_LENGTH);
        }
        if (isProtected(name)) {
            throw FocusFlowException.invalidInput(
                    "app '%s' cannot be blocked: it is a system process, a shell, terminal, window manager, privilege "
                            + "tool or agent, or FocusFlow itself, and closing it could end your desktop session", name);
        }
        return name;
    }

    /**
     * The matching key of any process name: lower case, without {@code .exe}, in Unicode's composed form (NFC),
     * so that {@code café} typed on one keyboard matches the file name another system stored decomposed.
     */
    public static String key(String processName) {
        String name = Normalizer.normalize(processName.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        return name.endsWith(".exe") ? name.substring(0, name.length() - 4) : name;
    }

    /** Whether a process with this (already keyed) name must never be closed ({@link ProtectedApps}). */
    public static boolean isProtected(String key) {
        return ProtectedApps.system().isProtected(key);
    }
}
