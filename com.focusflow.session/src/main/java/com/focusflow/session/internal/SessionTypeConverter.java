package com.focusflow.session.internal;

import javax.persistence.AttributeConverter;
import javax.persistence.Converter;

import com.focusflow.api.session.SessionType;

/** A session type is stored in its wire form: {@code 'focus'}, {@code 'break'}, {@code 'custom'}. */
@Converter(autoApply = false)
public final class SessionTypeConverter implements AttributeConverter<SessionType, String> {

    @Override
    public String convertToDatabaseColumn(SessionType type) {
        return type == null ? null : type.value();
    }

    @Override
    public SessionType convertToEntityAttribute(String value) {
        return value == null ? null : SessionType.parse(value);
    }
}
