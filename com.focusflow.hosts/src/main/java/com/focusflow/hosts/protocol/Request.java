package com.focusflow.hosts.protocol;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.focusflow.hosts.HostNames;

/**
 * One request of protocol version {@value #VERSION}: one JSON object per line,
 * {@code {"v":1,"op":"status"}}, {@code {"v":1,"op":"engage","names":[...],"strictUntil":"<ISO-8601>"}} or
 * {@code {"v":1,"op":"release"}}. Parsing is strict: unknown fields, wrong types and names that are not
 * already plain blockable host names are refused, so a request that parses is safe to act on.
 */
public sealed interface Request {

    int VERSION = 1;
    /** Longest request line, in bytes without the line end: room for {@link #MAX_NAMES} long names. */
    int MAX_LINE_BYTES = 1 << 20;
    /** Most names in one engage (a block list of a few thousand sites with their variants). */
    int MAX_NAMES = 20_000;

    /** What is engaged, by whom, until when. */
    record Status() implements Request {
    }

    /** Block exactly {@code names} (sorted, no duplicates); strict until {@code strictUntil} if not null. */
    record Engage(List<String> names, Instant strictUntil) implements Request {
        public Engage {
            names = List.copyOf(new TreeSet<>(names));
        }
    }

    /** Remove the block. */
    record Release() implements Request {
    }

    /** The JSON line (without line end) for this request. */
    default String toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("v", VERSION);
        if (this instanceof Status) {
            json.put("op", "status");
        } else if (this instanceof Release) {
            json.put("op", "release");
        } else {
            Engage engage = (Engage) this;
            json.put("op", "engage");
            json.put("names", engage.names());
            if (engage.strictUntil() != null) {
                json.put("strictUntil", engage.strictUntil().toString());
            }
        }
        return Json.write(json);
    }

    /** @throws ProtocolException saying what is wrong, naming the field */
    static Request parse(String line) {
        Object parsed;
        try {
            parsed = Json.parse(line);
        } catch (Json.SyntaxException e) {
            throw new ProtocolException(ErrorKind.BAD_REQUEST, e.getMessage());
        }
        if (!(parsed instanceof Map<?, ?> map)) {
            throw new ProtocolException(ErrorKind.BAD_REQUEST, "a request is one JSON object");
        }
        Object v = map.get("v");
        if (!(v instanceof BigDecimal version)) {
            throw new ProtocolException(ErrorKind.BAD_REQUEST, "field 'v' is required: the protocol version, 1");
        }
        if (version.compareTo(BigDecimal.valueOf(VERSION)) != 0) {
            throw new ProtocolException(ErrorKind.UNSUPPORTED_VERSION, "field 'v': version " + version.toPlainString()
                    + " is not supported; this helper speaks version " + VERSION);
        }
        if (!(map.get("op") instanceof String op)) {
            throw new ProtocolException(ErrorKind.BAD_REQUEST, "field 'op' is required: status, engage or release");
        }
        switch (op) {
            case "status":
                onlyFields(map, Set.of("v", "op"));
                return new Status();
            case "release":
                onlyFields(map, Set.of("v", "op"));
                return new Release();
            case "engage":
                onlyFields(map, Set.of("v", "op", "names", "strictUntil"));
                return new Engage(names(map.get("names")), strictUntil(map.get("strictUntil")));
            default:
                throw new ProtocolException(ErrorKind.UNKNOWN_OP, "field 'op': '" + HostNames.sanitize(shorten(op))
                        + "' is unknown; use status, engage or release");
        }
    }

    private static void onlyFields(Map<?, ?> map, Set<String> allowed) {
        for (Object key : map.keySet()) {
            if (!allowed.contains(key)) {
                throw new ProtocolException(ErrorKind.BAD_REQUEST, "field '" + HostNames.sanitize(shorten((String) key))
                        + "' is not allowed here");
            }
        }
    }

    private static List<String> names(Object value) {
        if (!(value instanceof List<?> list)) {
            throw new ProtocolException(ErrorKind.BAD_REQUEST, "field 'names' is required: a list of host names");
        }
        if (list.size() > MAX_NAMES) {
            throw new ProtocolException(ErrorKind.TOO_LARGE, "field 'names': at most " + MAX_NAMES + " names");
        }
        List<String> names = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            if (!(list.get(i) instanceof String name) || !HostNames.isBlockable(name)) {
                Object bad = list.get(i);
                throw new ProtocolException(ErrorKind.INVALID_NAME, "field 'names[" + i + "]': "
                        + (bad instanceof String s ? "'" + HostNames.sanitize(shorten(s)) + "'" : "a non-string")
                        + " is not a plain lower-case host name that may be blocked");
            }
            names.add(name);
        }
        return names;
    }

    private static Instant strictUntil(Object value) {
        if (value == null || value == Json.NULL) {
            return null;
        }
        if (!(value instanceof String text)) {
            throw new ProtocolException(ErrorKind.BAD_REQUEST, "field 'strictUntil' must be an ISO-8601 instant");
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new ProtocolException(ErrorKind.BAD_REQUEST, "field 'strictUntil': '" + HostNames.sanitize(shorten(text))
                    + "' is not an ISO-8601 instant such as 2030-01-01T12:00:00Z");
        }
    }

    private static String shorten(String s) {
        return s.length() > 80 ? s.substring(0, 80) + "..." : s;
    }
}
