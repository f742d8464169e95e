package com.focusflow.blocking.internal.process;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Whose apps FocusFlow closes. Run as a user: that user's only. Run as root every process would count as
 * its own, so then only the desktop users' apps: the users configured, or else the users with a graphical
 * login session (systemd-logind) and the user who ran {@code sudo}; root's own only if configured.
 */
final class Owners {

    static final int ROOT = 0;

    private final Set<Integer> uids;
    private final Set<String> names;

    Owners(Set<Integer> uids, Set<String> names) {
        this.uids = Set.copyOf(uids);
        this.names = Set.copyOf(names);
    }

    boolean includes(int uid) {
        return uids.contains(uid);
    }

    boolean includes(String userName) {
        return userName != null && names.contains(userName);
    }

    Set<Integer> uids() {
        return uids;
    }

    /**
     * @param ownUid this process's user id, -1 if unknown
     * @param ownName this process's user name
     * @param configured user names or ids from the configuration; used only when running as root
     */
    static Owners of(int ownUid, String ownName, List<String> configured, Path root, Map<String, String> env) {
        boolean isRoot = ownUid == ROOT || (ownUid < 0 && "root".equals(ownName));
        if (!isRoot) {
            return new Owners(ownUid < 0 ? Set.of() : Set.of(ownUid), ownName == null ? Set.of() : Set.of(ownName));
        }
        Map<String, Integer> passwd = passwd(root.resolve("etc/passwd"));
        Set<Integer> uids = new HashSet<>();
        if (!configured.isEmpty()) {
            for (String user : configured) {
                String u = user.strip();
                if (u.matches("[0-9]{1,9}")) {
                    uids.add(Integer.parseInt(u));
                } else if (passwd.containsKey(u)) {
                    uids.add(passwd.get(u));
                }
            }
        } else {
            uids.addAll(graphicalSessionUsers(root.resolve("run/systemd/sessions")));
            String sudo = env.get("SUDO_UID");
            if (sudo != null && sudo.matches("[0-9]{1,9}")) {
                uids.add(Integer.parseInt(sudo));
            }
            uids.remove(ROOT); // a greeter's session: root's own processes only when configured by name
        }
        Set<String> names = new HashSet<>();
        passwd.forEach((name, uid) -> {
            if (uids.contains(uid)) {
                names.add(name);
            }
        });
        return new Owners(uids, names);
    }

    private static Map<String, Integer> passwd(Path file) {
        Map<String, Integer> users = new HashMap<>();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String[] fields = line.split(":");
                if (fields.length > 2 && fields[2].matches("[0-9]{1,9}")) {
                    users.putIfAbsent(fields[0], Integer.parseInt(fields[2]));
                }
            }
        } catch (IOException | RuntimeException unreadable) {
            // ids still work
        }
        return users;
    }

    /** logind's session files: {@code UID=1000} with {@code TYPE=x11}, {@code wayland} or {@code mir}. */
    private static Set<Integer> graphicalSessionUsers(Path sessions) {
        Set<Integer> uids = new HashSet<>();
        if (!Files.isDirectory(sessions)) {
            return uids;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(sessions)) {
            for (Path file : files) {
                Map<String, String> fields = new HashMap<>();
                try {
                    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                        int eq = line.indexOf('=');
                        if (eq > 0) {
                            fields.put(line.substring(0, eq), line.substring(eq + 1));
                        }
                    }
                } catch (IOException | RuntimeException gone) {
                    continue;
                }
                String uid = fields.getOrDefault("UID", "");
                if (Set.of("x11", "wayland", "mir").contains(fields.get("TYPE")) && uid.matches("[0-9]{1,9}")) {
                    uids.add(Integer.parseInt(uid));
                }
            }
        } catch (IOException | RuntimeException unreadable) {
            // no session files: nobody's apps are closed, which is safe
        }
        return uids;
    }
}
