package com.focusflow.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

/** Export documents as another FocusFlow would write them, for {@code POST /import}. */
final class Documents {

    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    static final LocalDate FIRST = LocalDate.of(2016, 1, 1);
    static final LocalDate LAST = LocalDate.of(2025, 12, 31);

    private Documents() {
    }

    /** {@code count} ended sessions spread evenly over the 10 years from {@link #FIRST} to {@link #LAST}. */
    static Path sessions(Path file, int count) throws IOException {
        Instant from = FIRST.atStartOfDay(ZONE).toInstant();
        long step = Duration.between(from, LAST.atStartOfDay(ZONE).toInstant()).toMillis() / count;
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(HEAD);
            for (int i = 0; i < count; i++) {
                Instant start = from.plusMillis(i * step);
                long actual = i % 5 == 0 ? 900 : 1500;
                out.write((i == 0 ? "" : ",") + session(UUID.nameUUIDFromBytes(("bench-" + i).getBytes(StandardCharsets.UTF_8)),
                        i % 4 == 3 ? "break" : "focus", start, actual, i % 10 == 0 ? "\"writing\"" : "null"));
            }
            out.write(TAIL);
        }
        return file;
    }

    /** One completed 25-minute focus session that starts at {@code start}, with a new id. */
    static String oneSession(Instant start) {
        return HEAD + session(UUID.randomUUID(), "focus", start, 1500, "null") + TAIL;
    }

    private static final String HEAD = "{\"formatVersion\":1,\"appVersion\":\"bench\",\"exportedAt\":\"2026-01-01T00:00:00Z\","
            + "\"sections\":{\"sessions\":{\"items\":[";
    private static final String TAIL = "]}}}";

    private static String session(UUID id, String type, Instant start, long actual, String label) {
        return String.format("{\"id\":\"%s\",\"type\":\"%s\",\"startTime\":\"%s\",\"endTime\":\"%s\",\"plannedMinutes\":25,"
                + "\"actualSeconds\":%d,\"completed\":%s,\"strict\":false,\"label\":%s}", id, type, start,
                start.plusSeconds(actual), actual, actual == 1500, label);
    }
}
