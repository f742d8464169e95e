package com.focusflow.sync.internal.settings;

import java.lang.reflect.Proxy;
import java.util.Collections;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.Map;
import java.util.TreeMap;

import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

/** Config Admin in memory: singleton configurations by PID, and a count of the writes. */
final class FakeConfigAdmin {

    final Map<String, Hashtable<String, Object>> configurations = new TreeMap<>();
    int writes;

    ConfigurationAdmin service() {
        return proxy(ConfigurationAdmin.class, (method, args) -> switch (method) {
            case "getConfiguration" -> configuration((String) args[0]);
            case "listConfigurations" -> {
                String pid = ((String) args[0]).replaceAll("^\\(service\\.pid=(.*)\\)$", "$1");
                yield configurations.containsKey(pid) ? new Configuration[] { configuration(pid) } : null;
            }
            default -> throw new UnsupportedOperationException(method);
        });
    }

    void set(String pid, String name, Object value) {
        configurations.computeIfAbsent(pid, p -> new Hashtable<>()).put(name, value);
    }

    private Configuration configuration(String pid) {
        return proxy(Configuration.class, (method, args) -> switch (method) {
            case "getPid" -> pid;
            case "getProperties" -> configurations.containsKey(pid) ? new Hashtable<>(configurations.get(pid)) : null;
            case "updateIfDifferent" -> {
                writes++;
                @SuppressWarnings("unchecked")
                Dictionary<String, Object> properties = (Dictionary<String, Object>) args[0];
                Hashtable<String, Object> copy = new Hashtable<>();
                Collections.list(properties.keys()).forEach(k -> copy.put(k, properties.get(k)));
                yield !copy.equals(configurations.put(pid, copy));
            }
            default -> throw new UnsupportedOperationException(method);
        });
    }

    private interface Answer {
        Object answer(String method, Object[] args) throws Exception;
    }

    private static <T> T proxy(Class<T> type, Answer answer) {
        return type.cast(Proxy.newProxyInstance(FakeConfigAdmin.class.getClassLoader(), new Class<?>[] { type },
                (p, method, args) -> answer.answer(method.getName(), args)));
    }
}
