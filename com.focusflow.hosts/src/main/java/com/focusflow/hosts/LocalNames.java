package com.focusflow.hosts;

import java.net.InetAddress;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The one rule for names that must never be blocked, because they name this machine or the local network:
 * every name under the special-use top-level names {@code localhost} (RFC 6761), {@code local} (mDNS, RFC
 * 6762), {@code localdomain}/{@code localdomain6} (what distributions put in their hosts files, e.g.
 * {@code localhost.localdomain}, {@code localhost6.localdomain6}), {@code home.arpa} (RFC 8375) and the
 * reverse zones under {@code arpa}, plus this machine's own host names.
 */
final class LocalNames {

    private static final Set<String> LOCAL_TOP_LEVEL = Set.of("localhost", "local", "localdomain", "localdomain6", "arpa");
    private static volatile LocalNames system;

    private final Set<String> machine;

    LocalNames(Set<String> machineNames) {
        Set<String> lower = new HashSet<>();
        machineNames.forEach(n -> lower.add(n.toLowerCase(Locale.ROOT)));
        this.machine = Set.copyOf(lower);
    }

    /** With this machine's names as the system reports them (looked up once). */
    static LocalNames system() {
        LocalNames names = system;
        if (names == null) {
            Set<String> own = new HashSet<>();
            try {
                InetAddress local = InetAddress.getLocalHost();
                own.add(local.getHostName());
                own.add(local.getCanonicalHostName());
            } catch (Exception e) {
                // no resolvable own name: only the fixed rule applies
            }
            names = new LocalNames(own);
            system = names;
        }
        return names;
    }

    /** Whether {@code host} (lower-case ASCII) names this machine or the local network. */
    boolean isLocal(String host) {
        String top = host.substring(host.lastIndexOf('.') + 1);
        return LOCAL_TOP_LEVEL.contains(top) || machine.contains(host);
    }
}
