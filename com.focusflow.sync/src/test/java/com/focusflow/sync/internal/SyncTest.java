package com.focusflow.sync.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.focusflow.api.ErrorKind;
import com.focusflow.api.FocusFlowException;
import com.focusflow.api.sync.DataContributor;
import com.focusflow.api.sync.ImportReport;
import com.focusflow.api.sync.SectionReport;
import com.focusflow.sync.internal.NoteContributor.Note;

class SyncTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-05T09:30:00Z"), ZoneOffset.UTC);

    final NoteContributor notes = new NoteContributor("notes");
    final NoteContributor tags = new NoteContributor("tags");

    Sync sync(NoteContributor... contributors) {
        Map<String, DataContributor<?>> sections = new TreeMap<>();
        for (NoteContributor c : contributors) {
            sections.put(c.section(), c);
        }
        return new Sync(() -> sections, "0.1.0", CLOCK);
    }

    static String export(Sync sync) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        sync.exportTo(out);
        return out.toString(StandardCharsets.UTF_8);
    }

    static ImportReport importText(Sync sync, String json) {
        return sync.importFrom(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void theExportIsOneDocumentWithEverySectionSortedByName() {
        notes.table.put("a", new Note("a", "first", 1));
        tags.table.put("t", new Note("t", "work", 2));

        assertThat(export(sync(tags, notes))).isEqualTo("{\"formatVersion\":1,\"appVersion\":\"0.1.0\","
                + "\"exportedAt\":\"2026-01-05T09:30:00Z\",\"sections\":{"
                + "\"notes\":{\"items\":[{\"id\":\"a\",\"text\":\"first\",\"revision\":1}]},"
                + "\"tags\":{\"items\":[{\"id\":\"t\",\"text\":\"work\",\"revision\":2}]}}}");
    }

    @Test
    void importIntoAnEmptyDatabaseGivesAnIdenticalExportAndASecondImportChangesNothing() {
        for (int i = 0; i < 50; i++) {
            notes.table.put("n" + i, new Note("n" + i, "text " + i, i));
        }
        tags.table.put("t", new Note("t", "work", 1));
        String document = export(sync(notes, tags));
        NoteContributor otherNotes = new NoteContributor("notes");
        NoteContributor otherTags = new NoteContributor("tags");
        Sync other = sync(otherNotes, otherTags);

        ImportReport first = importText(other, document);
        ImportReport second = importText(other, document);

        assertThat(first.sections()).containsExactly(Map.entry("notes", new SectionReport(50, 0, 0)),
                Map.entry("tags", new SectionReport(1, 0, 0)));
        assertThat(export(other)).isEqualTo(document);
        assertThat(second.sections()).containsExactly(Map.entry("notes", new SectionReport(0, 0, 50)),
                Map.entry("tags", new SectionReport(0, 0, 1)));
        assertThat(export(other)).isEqualTo(document);
    }

    @Test
    void mergeTakesTheNewerRevisionAndKeepsLocalItemsTheDocumentDoesNotHave() {
        notes.table.put("a", new Note("a", "old", 1));
        notes.table.put("b", new Note("b", "newer here", 5));
        notes.table.put("c", new Note("c", "only here", 1));

        ImportReport report = importText(sync(notes), document("{\"notes\":{\"items\":["
                + "{\"id\":\"a\",\"text\":\"new\",\"revision\":2},{\"id\":\"b\",\"text\":\"older\",\"revision\":4},"
                + "{\"id\":\"d\",\"text\":\"added\",\"revision\":1}]}}"));

        assertThat(report.sections().get("notes")).isEqualTo(new SectionReport(1, 1, 1));
        assertThat(notes.table.values()).extracting(Note::text).containsExactly("new", "newer here", "only here", "added");
    }

    @Test
    void aSectionNoContributorKnowsIsSkipped() {
        ImportReport report = importText(sync(notes), document("{\"future\":{\"items\":[{\"x\":[1,2]}]},"
                + "\"notes\":{\"items\":[{\"id\":\"a\",\"text\":\"x\",\"revision\":1}]}}"));

        assertThat(report.sections()).containsOnlyKeys("notes");
    }

    @Test
    void aSectionThatFailsToPrepareLeavesEverySectionUnchanged() {
        notes.table.put("a", new Note("a", "kept", 1));
        String bad = document("{\"notes\":{\"items\":[{\"id\":\"a\",\"text\":\"new\",\"revision\":9}]},"
                + "\"tags\":{\"items\":[{\"id\":\"t\",\"revision\":1},{\"text\":\"no id\",\"revision\":1}]}}");

        assertThatThrownBy(() -> importText(sync(notes, tags), bad)).isInstanceOfSatisfying(FocusFlowException.class,
                e -> assertThat(e).hasMessage("tags[1].id: is required"));
        assertThat(notes.applied + tags.applied).isZero();
        assertThat(notes.table).containsExactly(Map.entry("a", new Note("a", "kept", 1)));
        assertThat(tags.table).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "not JSON          | hello                                                                  | not valid JSON",
        "not an object     | [1,2]                                                                  | the document must be an object",
        "truncated         | {\"formatVersion\":1,\"sections\":{\"notes\":{\"items\":[{\"id\":\"a\"  | truncated",
        "cut in a string   | {\"formatVersion\":1,\"sections\":{\"notes\":{\"items\":[{\"id\":\"ab  | the document is truncated",
        "future version    | {\"formatVersion\":2,\"sections\":{}}                                  | formatVersion: 2 is not a format",
        "version as text   | {\"formatVersion\":\"1\",\"sections\":{}}                              | formatVersion must be a whole number",
        "no version        | {\"sections\":{}}                                                      | formatVersion is missing",
        "no sections       | {\"formatVersion\":1}                                                  | sections is missing",
        "items not array   | {\"formatVersion\":1,\"sections\":{\"notes\":{\"items\":{}}}}          | notes.items must be an array",
        "item not object   | {\"formatVersion\":1,\"sections\":{\"notes\":{\"items\":[1]}}}         | notes[0] must be an object",
        "wrong field type  | {\"formatVersion\":1,\"sections\":{\"notes\":{\"items\":[{\"id\":\"a\",\"revision\":1},{\"id\":\"b\",\"revision\":\"two\"}]}}} | notes[1].revision: must be a whole number, not \"two\"",
        "revision as text  | {\"formatVersion\":1,\"sections\":{\"notes\":{\"items\":[{\"id\":\"a\",\"revision\":\"2\"}]}}} | notes[0].revision: must be a whole number, not \"2\"",
        "revision fraction | {\"formatVersion\":1,\"sections\":{\"notes\":{\"items\":[{\"id\":\"a\",\"revision\":2.5}]}}} | notes[0].revision: must be a whole number, not 2.5",
        "id as number      | {\"formatVersion\":1,\"sections\":{\"notes\":{\"items\":[{\"id\":1,\"revision\":1}]}}} | notes[0].id: must be a string, not 1",
        "text as boolean   | {\"formatVersion\":1,\"sections\":{\"notes\":{\"items\":[{\"id\":\"a\",\"text\":true,\"revision\":1}]}}} | notes[0].text: must be a string, not true",
        "revision overflow | {\"formatVersion\":1,\"sections\":{\"notes\":{\"items\":[{\"id\":\"a\",\"revision\":1},{\"id\":\"b\",\"revision\":99999999999}]}}} | notes[1].revision: 99999999999 is out of range",
        "key twice         | {\"formatVersion\":1,\"sections\":{\"notes\":{\"items\":[{\"id\":\"a\",\"revision\":1,\"revision\":2}]}}} | notes[0].revision: the key appears twice",
        "version twice     | {\"formatVersion\":1,\"formatVersion\":1,\"sections\":{}}         | formatVersion: the key appears twice",
        "trailing content  | {\"formatVersion\":1,\"sections\":{}} {}                               | content after its end",
        "too deep          | {\"formatVersion\":1,\"x\":[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]}    | exceeds a size limit",
    })
    void malformedInputIsInvalidInputNamingThePlaceAndChangesNothing(String name, String json, String message) {
        notes.table.put("a", new Note("a", "kept", 1));

        assertThatThrownBy(() -> importText(sync(notes), json)).isInstanceOfSatisfying(FocusFlowException.class, e -> {
            assertThat(e.kind()).isEqualTo(ErrorKind.INVALID_INPUT);
            assertThat(e.getMessage()).contains(message);
        });
        assertThat(notes.applied).isZero();
        assertThat(notes.table).containsExactly(Map.entry("a", new Note("a", "kept", 1)));
    }

    @Test
    void anOverlongStringIsRefused() {
        String json = document("{\"notes\":{\"items\":[{\"id\":\"a\",\"text\":\"" + "x".repeat(10_001)
                + "\",\"revision\":1}]}}");

        assertThatThrownBy(() -> importText(sync(notes), json)).isInstanceOfSatisfying(FocusFlowException.class,
                e -> assertThat(e.kind()).isEqualTo(ErrorKind.INVALID_INPUT))
                .hasMessageStartingWith("notes[0].text: exceeds a size limit (String value length (10001)");
        assertThat(notes.table).isEmpty();
    }

    static String document(String sections) {
        return "{\"formatVersion\":1,\"appVersion\":\"0.1.0\",\"exportedAt\":\"2026-01-05T09:30:00Z\",\"sections\":"
                + sections + "}";
    }
}
