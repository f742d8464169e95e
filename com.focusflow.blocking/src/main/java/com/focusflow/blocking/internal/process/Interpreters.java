package com.focusflow.blocking.internal.process;

import java.util.List;
import java.util.Set;

/**
 * The script a known interpreter runs, from its arguments: {@code bash ./game.sh}, {@code python3 -u
 * game.py}, {@code python3 -m game}, {@code java -jar game.jar}, {@code java -cp lib/* com.example.Game}. A
 * shell running a blocked script is that script; an interactive shell or inline code ({@code bash -c ...},
 * {@code perl -e ...}) runs no script.
 */
final class Interpreters {

    private static final Set<String> SHELLS = Set.of("sh", "bash", "rbash", "dash", "zsh", "ksh", "mksh", "yash",
            "fish", "tcsh", "csh", "posh", "ash", "hush");
    private static final List<String> FAMILIES = List.of("python", "perl", "ruby", "node", "nodejs", "php", "lua",
            "luajit", "tclsh", "wish", "rscript", "bun", "gjs", "pwsh", "osascript");
    /** Options whose value is inline code, so there is no script: a shell's {@code -c}, the others' below. */
    private static final Set<String> INLINE = Set.of("-c", "-e", "-E", "-r", "-p", "--eval", "--print", "-Command",
            "-command");
    private static final Set<String> SHELL_INLINE = Set.of("-c");
    /** Options that take a value that is not the script. */
    private static final Set<String> WITH_VALUE = Set.of("-o", "+o", "-O", "+O", "-W", "-X", "-I", "-r", "--require",
            "--import", "-l");
    private static final Set<String> JAVA = Set.of("java", "javaw");
    /** The JVM's options that take a separate value; everything else starting with '-' stands alone. */
    private static final Set<String> JAVA_WITH_VALUE = Set.of("-cp", "-classpath", "--class-path", "-p", "--module-path",
            "--upgrade-module-path", "--add-modules", "--limit-modules", "--add-reads", "--add-exports", "--add-opens",
            "--patch-module", "--enable-native-access", "--source");

    private Interpreters() {
    }

    /** A script's name without its extension: {@code game.sh}, {@code game.py} and {@code game.jar} are {@code game}. */
    static String bare(String script) {
        return script.replaceFirst("\\.(sh|bash|py|pl|rb|js|mjs|cjs|php|lua|tcl|r|ps1|jar|java)$", "");
    }

    static boolean isShell(String key) {
        return SHELLS.contains(key);
    }

    /** Whether {@code key} (an executable's matching key) is an interpreter whose script names the app. */
    static boolean isInterpreter(String key) {
        return SHELLS.contains(key) || JAVA.contains(key) || FAMILIES.stream().anyMatch(f -> key.equals(f) || key.startsWith(f)
                && key.substring(f.length()).matches("[0-9.]*"));
    }

    /** The script among {@code args} (argv without argv[0]) of {@code interpreter}; null when there is none. */
    static String script(String interpreter, List<String> args) {
        if (JAVA.contains(interpreter)) {
            return javaMain(args);
        }
        Set<String> inline = SHELLS.contains(interpreter) ? SHELL_INLINE : INLINE;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--")) {
                return i + 1 < args.size() ? args.get(i + 1) : null;
            }
            if (arg.equals("-m") && i + 1 < args.size()) {
                return args.get(i + 1); // python -m module
            }
            if (inline.contains(arg) || (inline == SHELL_INLINE && arg.startsWith("-") && !arg.startsWith("--")
                    && arg.contains("c"))) {
                return null;
            }
            if (WITH_VALUE.contains(arg)) {
                i++;
            } else if (!arg.startsWith("-") && !arg.startsWith("+")) {
                return arg.isEmpty() ? null : arg;
            }
        }
        return null;
    }

    /**
     * What a JVM runs: the jar of {@code -jar}, the source file of the source launcher, or the main class
     * (of {@code -m module/class} too), as its simple name; null for {@code java -version} and the like.
     */
    private static String javaMain(List<String> args) {
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if ((arg.equals("-jar") || arg.equals("-m") || arg.equals("--module")) && i + 1 < args.size()) {
                return javaName(args.get(i + 1));
            }
            if (JAVA_WITH_VALUE.contains(arg)) {
                i++;
            } else if (!arg.startsWith("-") && !arg.startsWith("@")) {
                return javaName(arg);
            }
        }
        return null;
    }

    /** A jar or source file as is; a main class ({@code module/com.example.Game}) by its simple name. */
    private static String javaName(String target) {
        if (target.endsWith(".jar") || target.endsWith(".java") || target.contains("/") && !target.matches("[\\w.$]+/[\\w.$]+")) {
            return target;
        }
        String className = target.substring(target.indexOf('/') + 1);
        return className.isEmpty() ? null : className.substring(className.lastIndexOf('.') + 1);
    }
}
