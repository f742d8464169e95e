package com.focusflow.session.internal;

import java.lang.reflect.Proxy;
import java.util.Map;

/** Configuration annotation instances for tests, as SCR would make them. */
final class Configs {

    private Configs() {
    }

    static <T> T of(Class<T> type, Map<String, Object> values) {
        return type.cast(Proxy.newProxyInstance(Configs.class.getClassLoader(), new Class<?>[] { type },
                (proxy, method, args) -> values.containsKey(method.getName()) ? values.get(method.getName())
                        : method.getDefaultValue()));
    }
}
