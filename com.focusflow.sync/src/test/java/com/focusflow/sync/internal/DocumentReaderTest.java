package com.focusflow.sync.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.focusflow.api.ErrorKind;
import com.focusflow.api.FocusFlowException;

/** An import's item types are read strictly and refused in the API's words, naming the place. */
class DocumentReaderTest {

    record Item(String id, int minutes, boolean strict, Instant start) {
    }

    private static final String GOOD = "\"id\":\"a\",\"minutes\":25,\"strict\":false,\"start\":\"2026-01-05T09:30:00Z\"";

    @Test
    void rightTypesAreRead() {
        assertThat(read(GOOD)).containsExactly(new Item("a", 25, false, Instant.parse("2026-01-05T09:30:00Z")));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "minutes | \"25\"                 | notes[0].minutes: must be a whole number, not \"25\"",
        "minutes | 25.7                   | notes[0].minutes: must be a whole number, not 25.7",
        "minutes | 25.0                   | notes[0].minutes: must be a whole number, not 25.0",
        "minutes | true                   | notes[0].minutes: must be a whole number, not true",
        "minutes | 99999999999            | notes[0].minutes: 99999999999 is out of range (a whole number from -2147483648 to 2147483647)",
        "strict  | 1                      | notes[0].strict: must be true or false, not 1",
        "strict  | \"true\"               | notes[0].strict: must be true or false, not \"true\"",
        "id      | 7                      | notes[0].id: must be a string, not 7",
        "id      | true                   | notes[0].id: must be a string, not true",
        "start   | 1767605400             | notes[0].start: must be a time in quotes such as \"2026-01-05T09:30:00Z\", not 1767605400",
        "start   | 1767605400.5           | notes[0].start: must be a time in quotes such as \"2026-01-05T09:30:00Z\", not 1767605400.5",
        "start   | \"next tuesday\"       | notes[0].start: must be a time in quotes such as \"2026-01-05T09:30:00Z\", not \"next tuesday\"",
    })
    void aWrongTypeIsRefusedNotConverted(String field, String value, String message) {
        String item = GOOD.replaceFirst("(\"" + field + "\":)(\"[^\"]*\"|[^,]+)", "$1" + value.replace("\\", "\\\\").replace("$", "\\$"));
        assertThat(item).as("the test replaced the field").contains(value);

        assertThatThrownBy(() -> read(item)).isInstanceOfSatisfying(FocusFlowException.class, e -> {
            assertThat(e.kind()).isEqualTo(ErrorKind.INVALID_INPUT);
            assertThat(e.getMessage()).isEqualTo(message).doesNotContain("Jackson").doesNotContain("Coercion");
        });
    }

    @Test
    void aKeyGivenTwiceIsRefusedAndNamed() {
        assertThatThrownBy(() -> read(GOOD + ",\"strict\":true")).hasMessage("notes[0].strict: the key appears twice");
    }

    private static List<Object> read(String item) {
        String json = "{\"formatVersion\":1,\"sections\":{\"notes\":{\"items\":[{" + item + "}]}}}";
        Map<String, List<Object>> sections = DocumentReader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
                name -> name.equals("notes") ? Item.class : null);
        return sections.get("notes");
    }
}
