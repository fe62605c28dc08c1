package com.followupcoach.progress.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads fields of an export with errors that name the field by its path
 * ({@code attempts[3].score}), so a user or trainer can find the problem in the file.
 */
final class JsonFields {

    private final JsonNode node;
    private final String path;

    JsonFields(JsonNode node, String path) {
        this.node = node;
        this.path = path;
    }

    String text(String field) throws InvalidExportException {
        JsonNode value = required(field);
        if (!value.isTextual()) {
            throw wrongType(field, "text");
        }
        return value.asText();
    }

    int integer(String field) throws InvalidExportException {
        JsonNode value = required(field);
        if (!value.canConvertToInt() || !value.isIntegralNumber()) {
            throw wrongType(field, "a whole number");
        }
        return value.asInt();
    }

    boolean bool(String field) throws InvalidExportException {
        JsonNode value = required(field);
        if (!value.isBoolean()) {
            throw wrongType(field, "true or false");
        }
        return value.asBoolean();
    }

    Instant time(String field) throws InvalidExportException {
        return parseTime(field, text(field));
    }

    Optional<Instant> optionalTime(String field) throws InvalidExportException {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        return Optional.of(time(field));
    }

    /** Each element of a required array, as fields named {@code path.field[i]}. */
    List<JsonFields> objects(String field) throws InvalidExportException {
        return elements(field, required(field));
    }

    /** Like {@link #objects}, but an absent field is an empty list (optional parts of the format). */
    List<JsonFields> optionalObjects(String field) throws InvalidExportException {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? List.of() : elements(field, value);
    }

    List<Integer> integers(String field) throws InvalidExportException {
        JsonNode value = required(field);
        if (!value.isArray()) {
            throw wrongType(field, "a list");
        }
        List<Integer> numbers = new ArrayList<>();
        for (JsonNode element : value) {
            if (!element.isIntegralNumber() || !element.canConvertToInt()) {
                throw wrongType(field, "a list of whole numbers");
            }
            numbers.add(element.asInt());
        }
        return numbers;
    }

    List<String> texts(String field) throws InvalidExportException {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (!value.isArray()) {
            throw wrongType(field, "a list");
        }
        List<String> texts = new ArrayList<>();
        for (JsonNode element : value) {
            if (!element.isTextual()) {
                throw wrongType(field, "a list of texts");
            }
            texts.add(element.asText());
        }
        return texts;
    }

    JsonFields object(String field) throws InvalidExportException {
        JsonNode value = required(field);
        if (!value.isObject()) {
            throw wrongType(field, "an object");
        }
        return new JsonFields(value, name(field));
    }

    Optional<JsonNode> optional(String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? Optional.empty() : Optional.of(value);
    }

    JsonNode node() {
        return node;
    }

    /** This whole record is wrong (a repeat): "attempts[3] repeats an earlier attempt". */
    InvalidExportException invalidRecord(String problem) {
        return new InvalidExportException("\"" + path + "\" " + problem);
    }

    InvalidExportException invalid(String field, String problem) {
        return new InvalidExportException("field \"" + name(field) + "\" " + problem);
    }

    private List<JsonFields> elements(String field, JsonNode value) throws InvalidExportException {
        if (!value.isArray()) {
            throw wrongType(field, "a list");
        }
        List<JsonFields> elements = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            if (!value.get(i).isObject()) {
                throw new InvalidExportException("field \"" + name(field) + "[" + i + "]\" must be an object");
            }
            elements.add(new JsonFields(value.get(i), name(field) + "[" + i + "]"));
        }
        return elements;
    }

    private JsonNode required(String field) throws InvalidExportException {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw new InvalidExportException("missing field \"" + name(field) + "\"");
        }
        return value;
    }

    private Instant parseTime(String field, String text) throws InvalidExportException {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw invalid(field, "is not a time like 2026-03-02T09:00:00Z");
        }
    }

    private InvalidExportException wrongType(String field, String expected) {
        return invalid(field, "must be " + expected);
    }

    private String name(String field) {
        return path.isEmpty() ? field : path + "." + field;
    }
}
