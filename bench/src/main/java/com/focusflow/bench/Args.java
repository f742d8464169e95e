package com.focusflow.bench;

import java.util.List;

/** The benches' command-line options: {@code --name value} pairs and {@code --flag}s. */
final class Args {

    private Args() {
    }

    static String string(String[] args, String name, String fallback) {
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }

    static int integer(String[] args, String name, int fallback) {
        return Integer.parseInt(string(args, name, Integer.toString(fallback)));
    }

    static boolean flag(String[] args, String name) {
        return List.of(args).contains(name);
    }
}
