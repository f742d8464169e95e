package com.focusflow.hosts.protocol;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One answer line: {@code {"ok":true,...fields}} or {@code {"ok":false,"error":KIND,"message":...}}.
 *
 * @param fields the other fields of a successful answer (e.g. {@code engaged}, {@code strictUntil})
 */
public record Answer(boolean ok, ErrorKind error, String message, Map<String, Object> fields) {

    public Answer {
        fields = Map.copyOf(fields);
    }

    public static Answer ok(Map<String, Object> fields) {
        return new Answer(true, null, null, fields);
    }

    public static Answer refused(ErrorKind error, String message) {
        return new Answer(false, error, message, Map.of());
    }

    /** A string field, or null. */
    public String text(String field) {
        return fields.get(field) instanceof String s ? s : null;
    }

    public String toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("ok", ok);
        if (ok) {
            fields.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> json.put(e.getKey(), e.getValue()));
        } else {
            json.put("error", error.name());
            json.put("message", message);
        }
        return Json.write(json);
    }

    /** @throws ProtocolException {@code BAD_REQUEST} if the line is not an answer */
    public static Answer parse(String line) {
        Object parsed;
        try {
            parsed = Json.parse(line);
        } catch (Json.SyntaxException e) {
            throw new ProtocolException(ErrorKind.BAD_REQUEST, "the helper's answer is not JSON: " + e.getMessage());
        }
        if (!(parsed instanceof Map<?, ?> map) || !(map.get("ok") instanceof Boolean ok)) {
            throw new ProtocolException(ErrorKind.BAD_REQUEST, "the helper's answer has no 'ok' field");
        }
        if (!ok) {
            ErrorKind kind;
            try {
                kind = ErrorKind.valueOf(String.valueOf(map.get("error")));
            } catch (IllegalArgumentException e) {
                kind = ErrorKind.BAD_REQUEST;
            }
            return refused(kind, String.valueOf(map.get("message")));
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        map.forEach((k, v) -> {
            if (!"ok".equals(k) && v != Json.NULL) {
                fields.put((String) k, v);
            }
        });
        return ok(fields);
    }
}
