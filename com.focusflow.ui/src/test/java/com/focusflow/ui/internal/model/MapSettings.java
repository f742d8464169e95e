package com.focusflow.ui.internal.model;

import java.util.HashMap;
import java.util.Map;

/** Settings in memory, PID to properties, as Config Admin would keep them. */
class MapSettings implements Settings {
    final Map<String, Map<String, Object>> values = new HashMap<>();

    @Override
    public Map<String, Object> read(String pid) {
        return Map.copyOf(values.getOrDefault(pid, Map.of()));
    }

    @Override
    public void update(String pid, Map<String, Object> changes) {
        values.computeIfAbsent(pid, p -> new HashMap<>()).putAll(changes);
    }
}
