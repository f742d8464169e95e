package com.focusflow.helper;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.focusflow.hosts.HostNames;
import com.focusflow.hosts.protocol.Json;

/**
 * The block the helper holds, as saved in its state dir.
 *
 * @param owner the uid that engaged it: the only one that may change or release it
 * @param names the blocked names, sorted
 * @param hosts the hosts file it was written to (cleaned up at start if the helper now keeps another)
 * @param strictUntil the wall-clock end of a strict block, or null
 * @param bootId the boot during which {@code strictEndMillis} counts
 * @param strictEndMillis the strict end on the boot-time clock of {@code bootId}
 */
record Block(int owner, List<String> names, Path hosts, Instant strictUntil, String bootId, long strictEndMillis) {

    Block {
        names = List.copyOf(names);
    }

    String toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("v", 1);
        json.put("owner", owner);
        json.put("names", names);
        json.put("hosts", hosts.toString());
        if (strictUntil != null) {
            json.put("strictUntil", strictUntil.toString());
            json.put("bootId", bootId);
            json.put("strictEndMillis", strictEndMillis);
        }
        return Json.write(json);
    }

    /** @throws IllegalArgumentException if the saved state is damaged (it is then ignored, never half-used) */
    static Block parse(String text) {
        if (!(Json.parse(text) instanceof Map<?, ?> map)) {
            throw new IllegalArgumentException("not an object");
        }
        List<String> names = new ArrayList<>();
        if (!(map.get("names") instanceof List<?> list)) {
            throw new IllegalArgumentException("no names");
        }
        for (Object name : list) {
            if (!(name instanceof String s) || !HostNames.isBlockable(s)) {
                throw new IllegalArgumentException("a saved name is not blockable");
            }
            names.add(s);
        }
        Instant strictUntil = map.get("strictUntil") instanceof String s ? Instant.parse(s) : null;
        return new Block(((BigDecimal) map.get("owner")).intValueExact(), names, Path.of((String) map.get("hosts")),
                strictUntil, strictUntil == null ? null : (String) map.get("bootId"),
                strictUntil == null ? 0 : ((BigDecimal) map.get("strictEndMillis")).longValueExact());
    }
}
