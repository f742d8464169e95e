package com.focusflow.sync.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.focusflow.api.FocusFlowException;
import com.focusflow.api.sync.SyncFormat;
import com.focusflow.support.json.StrictJson;

/**
 * Reads and checks a whole document before anything is merged: its shape, the format version, the size
 * limits of {@link SyncFormat}, and every item's types. A mistake is {@code INVALID_INPUT} naming the
 * place, e.g. {@code sessions[12].plannedMinutes}. Sections {@code itemTypes} does not know are skipped.
 */
final class DocumentReader {

    private static final Pattern ITEM_PATH = Pattern.compile(
            "^" + Pattern.quote(SyncFormat.FIELD_SECTIONS) + "\\.([^.\\[]+)\\." + Pattern.quote(SyncFormat.FIELD_ITEMS) + "\\[");

    private DocumentReader() {
    }

    /** The known sections' items in document order, by section name. */
    static Map<String, List<Object>> read(InputStream in, Function<String, Class<?>> itemTypes) {
        try (JsonParser json = SyncJson.MAPPER.createParser(in)) {
            expect(json.nextToken(), JsonToken.START_OBJECT, "the document", "an object");
            Integer version = null;
            Map<String, List<Object>> sections = null;
            while (json.nextToken() == JsonToken.FIELD_NAME) {
                String field = json.currentName();
                JsonToken value = json.nextToken();
                switch (field) {
                    case SyncFormat.FIELD_FORMAT_VERSION -> version = version(json, value);
                    case SyncFormat.FIELD_APP_VERSION, SyncFormat.FIELD_EXPORTED_AT ->
                            expect(value, JsonToken.VALUE_STRING, field, "a string");
                    case SyncFormat.FIELD_SECTIONS -> sections = sections(json, value, itemTypes);
                    default -> json.skipChildren();
                }
            }
            if (json.nextToken() != null) {
                throw invalid("the document has content after its end");
            }
            if (version == null) {
                throw invalid("%s is missing: this is not a FocusFlow export", SyncFormat.FIELD_FORMAT_VERSION);
            }
            if (sections == null) {
                throw invalid("%s is missing", SyncFormat.FIELD_SECTIONS);
            }
            return sections;
        } catch (JsonEOFException e) {
            throw invalid("the document is truncated (it ends at line %d)", e.getLocation().getLineNr());
        } catch (StreamConstraintsException e) {
            throw invalid("the document exceeds a size limit: %s", e.getOriginalMessage());
        } catch (JsonProcessingException e) {
            Optional<StrictJson.Problem> strict = StrictJson.describe(e);
            if (strict.isPresent()) {
                throw invalid("%s", itemPlace(strict.get().toString()));
            }
            throw invalid("the document is not valid JSON at line %d, column %d", line(e), column(e));
        } catch (IOException e) {
            throw FocusFlowException.io(e, "The document could not be read: %s", e.getMessage());
        }
    }

    private static int version(JsonParser json, JsonToken value) throws IOException {
        expect(value, JsonToken.VALUE_NUMBER_INT, SyncFormat.FIELD_FORMAT_VERSION, "a whole number");
        long version = json.getLongValue();
        if (version < 1 || version > SyncFormat.FORMAT_VERSION) {
            throw invalid("%s: %d is not a format this FocusFlow reads (1..%d); update FocusFlow to import it",
                    SyncFormat.FIELD_FORMAT_VERSION, version, SyncFormat.FORMAT_VERSION);
        }
        return (int) version;
    }

    private static Map<String, List<Object>> sections(JsonParser json, JsonToken value,
            Function<String, Class<?>> itemTypes) throws IOException {
        expect(value, JsonToken.START_OBJECT, SyncFormat.FIELD_SECTIONS, "an object");
        Map<String, List<Object>> sections = new LinkedHashMap<>();
        int count = 0;
        while (json.nextToken() == JsonToken.FIELD_NAME) {
            String name = json.currentName();
            if (++count > SyncFormat.MAX_SECTIONS) {
                throw invalid("%s: more than %d sections", SyncFormat.FIELD_SECTIONS, SyncFormat.MAX_SECTIONS);
            }
            expect(json.nextToken(), JsonToken.START_OBJECT, name, "an object");
            Class<?> type = itemTypes.apply(name);
            if (type == null) {
                json.skipChildren();
                continue;
            }
            if (sections.containsKey(name)) {
                throw invalid("section %s appears twice", name);
            }
            List<Object> items = null;
            while (json.nextToken() == JsonToken.FIELD_NAME) {
                if (SyncFormat.FIELD_ITEMS.equals(json.currentName())) {
                    items = items(json, name, type);
                } else {
                    json.nextToken();
                    json.skipChildren();
                }
            }
            sections.put(name, Objects.requireNonNullElse(items, List.of()));
        }
        return sections;
    }

    private static List<Object> items(JsonParser json, String section, Class<?> type) throws IOException {
        expect(json.nextToken(), JsonToken.START_ARRAY, section + "." + SyncFormat.FIELD_ITEMS, "an array");
        List<Object> items = new ArrayList<>();
        ObjectReader reader = SyncJson.MAPPER.readerFor(type);
        while (json.nextToken() != JsonToken.END_ARRAY) {
            int index = items.size();
            if (index >= SyncFormat.MAX_ITEMS_PER_SECTION) {
                throw invalid("%s: more than %d items", section, SyncFormat.MAX_ITEMS_PER_SECTION);
            }
            if (json.currentToken() != JsonToken.START_OBJECT) { // the place is named only then: an import has 100,000s of items
                expect(json.currentToken(), JsonToken.START_OBJECT, section + "[" + index + "]", "an object");
            }
            try {
                items.add(reader.readValue(json));
            } catch (StreamConstraintsException | JsonEOFException e) {
                throw e;
            } catch (JsonMappingException e) {
                if (e.getCause() instanceof JsonEOFException end) {
                    throw end; // the input ended inside a value, e.g. in a string: truncated, not a wrong type
                }
                Optional<StrictJson.Problem> strict = StrictJson.describe(e);
                if (strict.isPresent()) {
                    throw invalid("%s", itemPlace(strict.get().toString()));
                }
                throw invalid("%s[%d]%s: %s", section, index, fields(e), problem(e));
            }
        }
        return items;
    }

    /** {@code sections.sessions.items[3].strict ...} as the rest of the import names it: {@code sessions[3].strict ...}. */
    private static String itemPlace(String parserPath) {
        return ITEM_PATH.matcher(parserPath).replaceFirst("$1[");
    }

    private static String fields(JsonMappingException e) {
        String path = e.getPath().stream().map(r -> r.getFieldName() != null ? "." + r.getFieldName()
                : r.getIndex() >= 0 ? "[" + r.getIndex() + "]" : "").collect(Collectors.joining());
        return path;
    }

    private static String problem(JsonMappingException e) {
        if (e.getCause() instanceof StreamConstraintsException limit) {
            // a limit met while binding an item, e.g. an overlong string: the place is known here
            return "exceeds a size limit (" + limit.getOriginalMessage() + ")";
        }
        if (e instanceof MismatchedInputException wrong && wrong.getTargetType() != null) {
            return StrictJson.wrongValue(wrong); // in the API's words, not Jackson's
        }
        String message = e.getOriginalMessage();
        int cut = message.indexOf('\n');
        return "wrong type or value (" + (cut < 0 ? message : message.substring(0, cut)) + ")";
    }

    private static void expect(JsonToken actual, JsonToken wanted, String place, String what) {
        if (actual == null) {
            throw invalid("the document is truncated: %s is missing", place);
        }
        if (actual != wanted) {
            throw invalid("%s must be %s", place, what);
        }
    }

    private static int line(JsonProcessingException e) {
        return e.getLocation() == null ? 0 : e.getLocation().getLineNr();
    }

    private static int column(JsonProcessingException e) {
        return e.getLocation() == null ? 0 : e.getLocation().getColumnNr();
    }

    private static FocusFlowException invalid(String format, Object... args) {
        return FocusFlowException.invalidInput(format, args);
    }
}
