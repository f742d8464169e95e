package com.focusflow.http.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.focusflow.api.ErrorKind;
import com.focusflow.api.FocusFlowException;
import com.focusflow.api.session.SessionType;

/** {@link Json}'s conventions, and {@link JsonErrors}' messages for what it refuses. */
class JsonTest {

    record Item(String name, int minutes) {
    }

    record Plan(String title, SessionType type, int minutes, Instant start, List<Item> items) {
    }

    record Tagged(String title, JsonNode extra) {
    }

    record Checked(int minutes) {
        Checked {
            if (minutes < 1) {
                throw FocusFlowException.invalidInput("minutes must be at least 1, not %d", minutes);
            }
        }
    }

    private final ObjectMapper mapper = Json.mapper();

    private <T> FocusFlowException refused(String json, Class<T> type) {
        JsonProcessingException e = catchThrowableOfType(JsonProcessingException.class,
                () -> mapper.readValue(json, type));
        assertThat(e).as("Jackson should refuse %s", json).isNotNull();
        FocusFlowException mapped = JsonErrors.invalidBody(e);
        assertThat(mapped.kind()).isEqualTo(ErrorKind.INVALID_INPUT);
        return mapped;
    }

    @Test
    void instantIsWrittenAsIsoText() throws Exception {
        assertThat(mapper.writeValueAsString(Map.of("at", Instant.parse("2026-01-05T09:30:00Z"))))
                .isEqualTo("{\"at\":\"2026-01-05T09:30:00Z\"}");
    }

    @Test
    void instantIsReadFromIsoText() throws Exception {
        Plan plan = mapper.readValue("{\"minutes\":1,\"start\":\"2026-01-05T09:30:00Z\"}", Plan.class);

        assertThat(plan.start()).isEqualTo(Instant.parse("2026-01-05T09:30:00Z"));
    }

    @Test
    void sessionTypeIsWrittenInLowerCase() throws Exception {
        assertThat(mapper.writeValueAsString(SessionType.FOCUS)).isEqualTo("\"focus\"");
    }

    @Test
    void sessionTypeIsReadIgnoringCase() throws Exception {
        assertThat(mapper.readValue("{\"minutes\":1,\"type\":\"focus\"}", Plan.class).type()).isEqualTo(SessionType.FOCUS);
        assertThat(mapper.readValue("{\"minutes\":1,\"type\":\"BREAK\"}", Plan.class).type()).isEqualTo(SessionType.BREAK);
        assertThat(mapper.readValue("{\"minutes\":1,\"type\":\"Custom\"}", Plan.class).type()).isEqualTo(SessionType.CUSTOM);
    }

    @Test
    void unknownEnumValueNamesTheFieldAndTheValue() {
        assertThat(refused("{\"type\":\"nap\"}", Plan.class))
                .hasMessage("field 'type' has an invalid value 'nap': it must be one of [focus, break, custom]");
    }

    @Test
    void unknownFieldIsRefusedListingTheKnownOnes() {
        assertThat(refused("{\"title\":\"x\",\"minutes\":1,\"colour\":\"red\"}", Plan.class))
                .hasMessageContaining("unknown field 'colour'")
                .hasMessageContaining("known fields: items, minutes, start, title, type");
    }

    @Test
    void numberThatIsNotANumberNamesTheField() {
        assertThat(refused("{\"minutes\":\"twenty\"}", Plan.class))
                .hasMessage("field 'minutes' has the wrong type or is missing: it must be a whole number");
    }

    @Test
    void wrongTypeNamesTheField() {
        assertThat(refused("{\"minutes\":[1,2]}", Plan.class))
                .hasMessage("field 'minutes' has the wrong type or is missing: it must be a whole number");
    }

    @Test
    void missingNumberNamesTheField() {
        assertThat(refused("{\"title\":\"x\"}", Plan.class))
                .hasMessage("field 'minutes' has the wrong type or is missing: it must be a whole number");
    }

    @Test
    void nullForANumberNamesTheField() {
        assertThat(refused("{\"minutes\":null}", Plan.class))
                .hasMessage("field 'minutes' has the wrong type or is missing: it must be a whole number");
    }

    @Test
    void nestedFieldIsNamedWithItsIndex() {
        assertThat(refused("{\"items\":[{\"name\":\"a\",\"minutes\":1},{\"name\":\"b\",\"minutes\":\"x\"}]}",
                Plan.class)).hasMessage("field 'items[1].minutes' has the wrong type or is missing: it must be a whole number");
    }

    @Test
    void badInstantNamesTheField() {
        assertThat(refused("{\"start\":\"next tuesday\"}", Plan.class))
                .hasMessageContaining("field 'start'");
    }

    @Test
    void malformedJsonNamesLineAndColumn() {
        assertThat(refused("{\n  \"title\": \"x\",\n  \"minutes\": }", Plan.class))
                .hasMessageStartingWith("malformed JSON body at line 3, column");
    }

    @Test
    void trailingTokensAreRefused() {
        assertThat(refused("{\"title\":\"x\",\"minutes\":1} {}", Plan.class)).hasMessageStartingWith("malformed JSON body");
    }

    @Test
    void tooDeeplyNestedDocumentIsRefused() {
        String deep = "[".repeat(Json.MAX_NESTING_DEPTH + 1) + "]".repeat(Json.MAX_NESTING_DEPTH + 1);

        assertThat(refused(deep, JsonNode.class)).hasMessageContaining("too deeply nested");
    }

    @Test
    void tooDeeplyNestedFieldIsRefused() {
        String deep = "{\"extra\":" + "[".repeat(Json.MAX_NESTING_DEPTH) + "]".repeat(Json.MAX_NESTING_DEPTH) + "}";

        assertThat(refused(deep, Tagged.class)).hasMessageContaining("too deeply nested");
    }

    @Test
    void nestingUpToTheLimitIsAccepted() throws Exception {
        String deep = "[".repeat(Json.MAX_NESTING_DEPTH) + "]".repeat(Json.MAX_NESTING_DEPTH);

        assertThat(mapper.readValue(deep, JsonNode.class).isArray()).isTrue();
    }

    @Test
    void validationFailureOfTheRecordIsPassedOnUnchanged() {
        assertThat(refused("{\"minutes\":0}", Checked.class)).hasMessage("minutes must be at least 1, not 0");
    }

    record Start(String type, int plannedMinutes, boolean strict) {
    }

    @Test
    void wrongJsonTypesAreRefusedNamingTheFieldNotConverted() {
        assertThat(refused("{\"type\":\"focus\",\"plannedMinutes\":25,\"strict\":1}", Start.class))
                .hasMessage("field 'strict' has an invalid value '1': it must be true or false");
        assertThat(refused("{\"type\":\"focus\",\"plannedMinutes\":25.7,\"strict\":false}", Start.class))
                .hasMessage("field 'plannedMinutes' has an invalid value '25.7': it must be a whole number");
        assertThat(refused("{\"type\":\"focus\",\"plannedMinutes\":\"25\",\"strict\":false}", Start.class))
                .hasMessage("field 'plannedMinutes' has the wrong type or is missing: it must be a whole number");
        assertThat(refused("{\"type\":true,\"plannedMinutes\":25,\"strict\":false}", Start.class))
                .hasMessage("field 'type' has an invalid value 'true': it must be a string");
    }

    @Test
    void anInvalidValueIsShownCutAndEscaped() {
        assertThat(refused("{\"type\":\"nap\\n" + "z".repeat(500) + "\"}", Plan.class))
                .hasMessageStartingWith("field 'type' has an invalid value 'nap\\nzzz").hasMessageNotContaining("\n")
                .hasMessageContaining("...': it must be one of [focus, break, custom]")
                .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(150));
    }

    @Test
    void anIntegerOverflowIsNamedByItsField() {
        assertThat(refused("{\"type\":\"focus\",\"plannedMinutes\":4294967321,\"strict\":false}", Start.class))
                .hasMessage("field 'plannedMinutes': 4294967321 is out of range (a whole number from -2147483648 to 2147483647)");
    }

    @Test
    void aKeyGivenTwiceIsRefusedAndNamed() {
        assertThat(refused("{\"type\":\"focus\",\"plannedMinutes\":25,\"strict\":true,\"strict\":false}", Start.class))
                .hasMessage("field 'strict': the key appears twice");
    }
}
