package com.focusflow.blocking.internal.process;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;

/** A process's matching keys from its executable, arguments and, as a last resort, the name it reports. */
final class ProcessNames {

    private ProcessNames() {
    }

    /**
     * What to match on: the executable, and before it the script if the executable is a known interpreter.
     * argv[0] and the kernel's name only when the executable cannot be read (another user's process, which
     * is never closed anyway): both are whatever the program chose.
     */
    static List<String> of(String exe, List<String> argv, String fallbackName) {
        return of(exe, argv, fallbackName, script -> true);
    }

    /** Whether {@code script} names an existing file by an absolute path (false where this locale cannot name it). */
    static boolean isAbsoluteFile(String script) {
        try {
            Path path = Path.of(script);
            return path.isAbsolute() && Files.isRegularFile(path);
        } catch (InvalidPathException notInThisLocale) {
            return false;
        }
    }

    /**
     * @param scriptExists whether a shell's script argument names a file (a shell given a missing file runs
     *        nothing, so it stays a shell: {@code bash 60} is not an app named 60)
     */
    static List<String> of(String exe, List<String> argv, String fallbackName, Predicate<String> scriptExists) {
        if (exe == null) {
            return ProcessInfo.keys(argv.isEmpty() ? null : argv.get(0), fallbackName);
        }
        List<String> exeKeys = ProcessInfo.keys(exe);
        String interpreter = exeKeys.isEmpty() ? "" : exeKeys.get(0);
        List<String> args = argv.size() > 1 ? argv.subList(1, argv.size()) : List.of();
        if (interpreter.equals("busybox") && !argv.isEmpty()) {
            // busybox runs the applet its argv[0] names, or its first argument: "sh game.sh" makes it a shell
            List<String> applet = ProcessInfo.keys(argv.get(0));
            interpreter = applet.isEmpty() ? "" : applet.get(0);
            if (interpreter.equals("busybox") && !args.isEmpty()) {
                interpreter = ProcessInfo.keys(args.get(0)).stream().findFirst().orElse("");
                args = args.subList(1, args.size());
            }
        }
        if (Interpreters.isInterpreter(interpreter) && !args.isEmpty()) {
            String script = Interpreters.script(interpreter, args);
            if (script != null && (!Interpreters.isShell(interpreter) || scriptExists.test(script))) {
                List<String> scriptKeys = ProcessInfo.keys(script);
                if (!scriptKeys.isEmpty()) {
                    return ProcessInfo.keys(scriptKeys.get(0), Interpreters.bare(scriptKeys.get(0)), exe);
                }
            }
        }
        return exeKeys;
    }
}
