package com.focusflow.support.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;

class StrictJsonTest {

    record Start(String type, int plannedMinutes, boolean strict, Long id) {
    }

    record Document(List<Start> sessions) {
    }

    private static final String START = "{\"type\":\"focus\",\"plannedMinutes\":25,\"strict\":true}";

    private final ObjectMapper mapper = StrictJson.configure(JsonMapper.builder()).build();

    @Test
    void rightTypesAreRead() throws Exception {
        assertThat(mapper.readValue("{\"type\":\"focus\",\"plannedMinutes\":25,\"strict\":true,\"id\":7}", Start.class))
                .isEqualTo(new Start("focus", 25, true, 7L));
    }

    @Test
    void wrongTypesAreRefusedNotConverted() throws Exception {
        String[][] wrong = { { "strict", "1" }, { "strict", "\"true\"" }, { "strict", "0.0" }, { "plannedMinutes", "25.7" },
                { "plannedMinutes", "25.0" }, { "plannedMinutes", "1e1" }, { "plannedMinutes", "\"25\"" },
                { "plannedMinutes", "true" }, { "plannedMinutes", "null" }, { "type", "true" }, { "type", "1" },
                { "type", "2.5" }, { "id", "\"7\"" }, { "id", "7.5" }, { "id", "false" } };
        for (String[] field : wrong) {
            String body = "{\"type\":\"focus\",\"plannedMinutes\":25,\"strict\":true,\"id\":7}"
                    .replaceFirst("(\"" + field[0] + "\":)[^,}]+", "$1" + java.util.regex.Matcher.quoteReplacement(field[1]));
            assertThat(body).as("the test replaced the field").contains(field[1]);
            assertThatThrownBy(() -> mapper.readValue(body, Start.class)).as(body)
                    .isInstanceOf(MismatchedInputException.class)
                    .satisfies(e -> assertThat(((MismatchedInputException) e).getPath().get(0).getFieldName())
                            .isEqualTo(field[0]));
        }
    }

    @Test
    void anOverflowIsNamedByItsField() {
        assertThat(problem("{\"sessions\":[" + START + ",{\"type\":\"focus\",\"plannedMinutes\":99999999999,\"strict\":true}]}"))
                .isEqualTo("sessions[1].plannedMinutes: 99999999999 is out of range (a whole number from -2147483648 to 2147483647)");
    }

    @Test
    void aKeyGivenTwiceIsRefusedAndNamed() {
        assertThat(problem("{\"sessions\":[{\"plannedMinutes\":1,\"strict\":false,\"strict\":true}]}"))
                .isEqualTo("sessions[0].strict: the key appears twice");
    }

    private String problem(String json) {
        try {
            mapper.readValue(json, Document.class);
            throw new AssertionError("accepted " + json);
        } catch (JsonProcessingException e) {
            return StrictJson.describe(e).orElseThrow(() -> new AssertionError("not described", e)).toString();
        }
    }

    @Test
    void aWrongValueIsShownCutAndEscaped() {
        assertThatThrownBy(() -> mapper.readValue("{\"plannedMinutes\":\"1\\n2\\u001b[31m" + "x".repeat(100) + "\"}", Start.class))
                .isInstanceOfSatisfying(MismatchedInputException.class, e -> assertThat(StrictJson.wrongValue(e))
                        .startsWith("must be a whole number, not \"1\\n2\\u001b[31mxxx").endsWith("...")
                        .doesNotContain("\n").doesNotContain("\u001b").hasSizeLessThan(100));
    }
}
