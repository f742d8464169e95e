package com.focusflow.itest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.Consumer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.test.common.annotation.InjectService;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.focusflow.api.sync.DataContributor;
import com.focusflow.api.sync.ImportPlan;
import com.focusflow.api.sync.SectionReport;
import com.focusflow.api.sync.SyncService;

/**
 * Sync in the real framework: a {@link DataContributor} registered by another bundle (this test) becomes a
 * section of {@code GET /export}, and {@code POST /import} merges into it, all or nothing.
 */
class SyncWhiteboardTest {

    public record Note(String id, String text) {
    }

    static final class Notes implements DataContributor<Note> {
        final Map<String, Note> table = new ConcurrentSkipListMap<>();

        @Override
        public String section() {
            return "itest-notes";
        }

        @Override
        public Class<Note> itemType() {
            return Note.class;
        }

        @Override
        public void export(Consumer<? super Note> sink) {
            table.values().forEach(sink);
        }

        @Override
        public ImportPlan prepareImport(List<Note> items) {
            return new ImportPlan() {
                @Override
                public SectionReport report() {
                    return new SectionReport(0, 0, 0);
                }

                @Override
                public SectionReport apply() {
                    int added = 0;
                    for (Note n : items) {
                        added += table.putIfAbsent(n.id(), n) == null ? 1 : 0;
                    }
                    return new SectionReport(added, 0, items.size() - added);
                }
            };
        }
    }

    @InjectBundleContext
    BundleContext context;
    @InjectService(timeout = 30_000)
    SyncService sync;

    final ObjectMapper json = new ObjectMapper();
    final Notes notes = new Notes();
    ServiceRegistration<?> registration;

    @AfterEach
    void unregister() {
        if (registration != null) {
            registration.unregister();
        }
    }

    @Test
    void aContributedSectionIsExportedAndImportedOverHttp() throws Exception {
        notes.table.put("a", new Note("a", "from the test bundle"));
        registration = context.registerService(DataContributor.class, notes, null);
        FocusFlowHttp http = FocusFlowHttp.connect(context);

        HttpResponse<String> export = http.awaitStatus("/focusflow/api/v1/export", 200);
        JsonNode document = json.readTree(export.body());
        assertThat(document.get("formatVersion").asInt()).isEqualTo(1);
        assertThat(document.at("/sections/itest-notes/items/0/text").asText()).isEqualTo("from the test bundle");

        String incoming = "{\"formatVersion\":1,\"sections\":{\"itest-notes\":{\"items\":["
                + "{\"id\":\"a\",\"text\":\"from the test bundle\"},{\"id\":\"b\",\"text\":\"from elsewhere\"}]}}}";
        HttpResponse<String> imported = http.postJson("/focusflow/api/v1/import", incoming);
        assertThat(imported.statusCode()).isEqualTo(200);
        assertThat(json.readTree(imported.body()).at("/sections/itest-notes/added").asInt()).isEqualTo(1);
        assertThat(json.readTree(imported.body()).at("/sections/itest-notes/unchanged").asInt()).isEqualTo(1);
        assertThat(notes.table).containsOnlyKeys("a", "b");

        HttpResponse<String> bad = http.postJson("/focusflow/api/v1/import",
                "{\"formatVersion\":1,\"sections\":{\"itest-notes\":{\"items\":[{\"id\":\"c\",\"text\":[1]}]}}}");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("itest-notes[0].text");
        assertThat(notes.table).containsOnlyKeys("a", "b");
    }
}
