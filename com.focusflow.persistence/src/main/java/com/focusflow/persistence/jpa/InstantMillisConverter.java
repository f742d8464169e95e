package com.focusflow.persistence.jpa;

import java.time.Instant;

import javax.persistence.AttributeConverter;
import javax.persistence.Converter;

/**
 * Stores an {@link Instant} as INTEGER milliseconds since 1970-01-01T00:00:00Z: UTC, independent of the JVM's
 * time zone, ordered like the instants, and compact. Sub-millisecond parts are dropped, so entities should
 * hold instants truncated to milliseconds.
 */
@Converter(autoApply = false)
public final class InstantMillisConverter implements AttributeConverter<Instant, Long> {

    @Override
    public Long convertToDatabaseColumn(Instant instant) {
        return instant == null ? null : instant.toEpochMilli();
    }

    @Override
    public Instant convertToEntityAttribute(Long millis) {
        return millis == null ? null : Instant.ofEpochMilli(millis);
    }
}
