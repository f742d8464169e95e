package com.focusflow.http.internal;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * The key wrong passwords are counted under. Every address in 127.0.0.0/8 (and ::1) is this machine, so
 * all of loopback is one client: otherwise 127.0.0.2, 127.0.0.3, ... would each get their own tries.
 */
final class ClientKey {

    static final String LOOPBACK = "loopback";

    private ClientKey() {
    }

    static String of(String remoteAddress) {
        // only a numeric address from the connection is looked at: a name must never reach a DNS lookup
        if (remoteAddress == null) {
            return LOOPBACK;
        }
        if (!remoteAddress.matches("\\d{1,3}(\\.\\d{1,3}){3}") && !remoteAddress.contains(":")) {
            return remoteAddress;
        }
        try {
            return InetAddress.getByName(remoteAddress).isLoopbackAddress() ? LOOPBACK : remoteAddress;
        } catch (UnknownHostException notAnAddress) {
            return remoteAddress;
        }
    }

    static String ofDevice(String cookie) {
        return "device:" + cookie;
    }
}
