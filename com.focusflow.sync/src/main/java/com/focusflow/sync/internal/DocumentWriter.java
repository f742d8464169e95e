package com.focusflow.sync.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Collection;

import com.fasterxml.jackson.core.JsonGenerator;
import com.focusflow.api.FocusFlowException;
import com.focusflow.api.sync.DataContributor;
import com.focusflow.api.sync.SyncFormat;

/** Writes the export document item by item, so memory stays bounded whatever the section sizes. */
final class DocumentWriter {

    private DocumentWriter() {
    }

    static void write(OutputStream out, String appVersion, Instant exportedAt, Collection<DataContributor<?>> sections) {
        try (JsonGenerator json = SyncJson.MAPPER.createGenerator(out)) {
            json.writeStartObject();
            json.writeNumberField(SyncFormat.FIELD_FORMAT_VERSION, SyncFormat.FORMAT_VERSION);
            json.writeStringField(SyncFormat.FIELD_APP_VERSION, appVersion);
            json.writeStringField(SyncFormat.FIELD_EXPORTED_AT, exportedAt.toString());
            json.writeObjectFieldStart(SyncFormat.FIELD_SECTIONS);
            for (DataContributor<?> section : sections) {
                json.writeObjectFieldStart(section.section());
                json.writeArrayFieldStart(SyncFormat.FIELD_ITEMS);
                section.export(item -> writeItem(json, item));
                json.writeEndArray();
                json.writeEndObject();
            }
            json.writeEndObject();
            json.writeEndObject();
        } catch (IOException e) {
            throw FocusFlowException.io(e, "The export could not be written: %s", e.getMessage());
        } catch (UncheckedIOException e) {
            throw FocusFlowException.io(e.getCause(), "The export could not be written: %s", e.getCause().getMessage());
        }
    }

    private static void writeItem(JsonGenerator json, Object item) {
        try {
            SyncJson.MAPPER.writeValue(json, item);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
