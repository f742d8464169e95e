package com.focusflow.persistence.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.TimeZone;

import org.junit.jupiter.api.Test;

class InstantMillisConverterTest {

    final InstantMillisConverter converter = new InstantMillisConverter();

    @Test
    void storesEpochMillisUtcAndReadsThemBack() {
        for (Instant instant : List.of(Instant.EPOCH, Instant.parse("2026-03-29T01:30:00.123Z"),
                Instant.parse("1969-12-31T23:59:59.999Z"), Instant.parse("9999-12-31T23:59:59.999Z"))) {
            Long stored = converter.convertToDatabaseColumn(instant);
            assertThat(stored).isEqualTo(instant.toEpochMilli());
            assertThat(converter.convertToEntityAttribute(stored)).isEqualTo(instant);
        }
    }

    @Test
    void theJvmTimeZoneChangesNothing() {
        TimeZone original = TimeZone.getDefault();
        Instant instant = ZonedDateTime.of(2026, 10, 25, 2, 30, 0, 0, ZoneId.of("Europe/Berlin")).toInstant();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("America/Los_Angeles"));
            Long stored = converter.convertToDatabaseColumn(instant);
            TimeZone.setDefault(TimeZone.getTimeZone("Asia/Kolkata"));
            assertThat(converter.convertToEntityAttribute(stored)).isEqualTo(instant);
            assertThat(stored).isEqualTo(1_792_888_200_000L);
        } finally {
            TimeZone.setDefault(original);
        }
    }

    @Test
    void nullStaysNullAndSubMillisecondsAreDropped() {
        assertThat(converter.convertToDatabaseColumn(null)).isNull();
        assertThat(converter.convertToEntityAttribute(null)).isNull();
        assertThat(converter.convertToDatabaseColumn(Instant.parse("2026-01-01T00:00:00.123456789Z")))
                .isEqualTo(Instant.parse("2026-01-01T00:00:00.123Z").toEpochMilli());
    }
}
