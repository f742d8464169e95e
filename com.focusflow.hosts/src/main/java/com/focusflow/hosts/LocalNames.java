package com.focusflow.hosts;

import java.net.InetAddress;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The one rule for names that must never be blocked, because they name this machine or the local network:
 * every name under the special-use top-level names {@code localhost} (RFC 6761), {@code local} (mDNS, RFC
 * 6762), {@code localdomain}/{@code localdomain4}/{@code localdomain6} (what distributions put in their hosts
 * files, e.g. {@code localhost.localdomain}, {@code localhost4.localdomain4}, {@code localhost6.localdomain6}),
 * {@code home.arpa} (RFC 8375) and the reverse zones under {@code arpa}, {@code internal} (reserved by ICANN
 * for private networks) and the names RFC 6762 (appendix G) lists as used on private networks
 * ({@code intranet}, {@code private}, {@code corp}, {@code home}, {@code lan}), plus this machine's own host
 * names.
 */
final class LocalNames {

    private static final Set<String> LOCAL_TOP_LEVEL = Set.of("localhost", "local", "localdomain", "localdomain4",
            "localdomain6", "arpa", "internal", "intranet", "private", "corp", "home", "lan");
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
        if (LOCAL_TOP_LEVEL.contains(top) || machine.contains(host)) {
            return true;
        }
        // www.<this machine> would block this machine too: its variants are blocked with it
        return HostNames.VARIANT_PREFIXES.stream()
                .anyMatch(prefix -> host.startsWith(prefix) && machine.contains(host.substring(prefix.length())));
    }
}
