package com.focusflow.persistence.internal;

import java.lang.reflect.Proxy;
import java.util.Map;

/** Configuration annotation instances for tests, as SCR would make them. */
final class Configs {

    private Configs() {
    }

    static DatabaseConfig database(String path, int busyTimeoutMillis, int maxConnections) {
        Map<String, Object> values = Map.of("path", path, "busyTimeoutMillis", busyTimeoutMillis,
                "maxConnections", maxConnections);
        return (DatabaseConfig) Proxy.newProxyInstance(Configs.class.getClassLoader(), new Class<?>[] { DatabaseConfig.class },
                (proxy, method, args) -> values.get(method.getName()));
    }
}
