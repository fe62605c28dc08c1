package com.followupcoach.lessons;

import com.followupcoach.vocabulary.Criterion;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Checks the fields of one object in a YAML document, reporting each problem at the field's
 * line with the object's name ("option 3 has no explanation"). The getters never fail: on a
 * problem they report it and return a harmless stand-in, and the caller, seeing problems,
 * drops what it was building.
 *
 * @param pointer JSON pointer of the object ("/questions/1/options/2")
 * @param name    how messages name the object ("option 3", "the lesson")
 */
record Scope(Reporter reporter, String pointer, String name) {

    /** Ids name folders, files and database rows, so they are kept plain. */
    private static final Pattern KEBAB_CASE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    Scope child(String field, String childName) {
        return new Scope(reporter, path(field), childName);
    }

    Scope item(String field, int index, String itemName) {
        return new Scope(reporter, path(field) + "/" + index, itemName);
    }

    String path(String field) {
        return pointer + "/" + field;
    }

    void problem(String field, String message) {
        reporter.at(path(field), message);
    }

    int line(String field) {
        return reporter.lineOf(path(field));
    }

    /** Required text; blank counts as missing. Returned stripped. */
    String text(String value, String field) {
        if (value == null || value.isBlank()) {
            problem(field, name + " has no " + field);
            return "";
        }
        return value.strip();
    }

    /** A required kebab-case id. */
    String id(String value, String field) {
        String id = text(value, field);
        if (!id.isEmpty() && !KEBAB_CASE.matcher(id).matches()) {
            problem(field, "`" + field + "` must be kebab-case (lower-case letters, digits and `-`), not `" + id + "`");
        }
        return id;
    }

    int number(Integer value, String field, int min) {
        if (value == null) {
            problem(field, name + " has no " + field);
            return min;
        }
        if (value < min) {
            problem(field, "`" + field + "` must be " + min + " or more, not " + value);
            return min;
        }
        return value;
    }

    /** A required list of texts, which may be empty ({@code []}) but may not hold a blank item. */
    List<String> texts(List<String> values, String field) {
        if (values == null) {
            problem(field, name + " has no " + field + " (write `" + field + ": []` if there are none)");
            return List.of();
        }
        return items(values, field);
    }

    /** A required list of at least one text. */
    List<String> nonEmptyTexts(List<String> values, String field) {
        if (values == null || values.isEmpty()) {
            problem(field, name + " has no " + field);
            return List.of();
        }
        return items(values, field);
    }

    private List<String> items(List<String> values, String field) {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            String value = values.get(i);
            if (value == null || value.isBlank()) {
                reporter.at(path(field) + "/" + i, "item " + (i + 1) + " of `" + field + "` is empty");
            } else {
                texts.add(value.strip());
            }
        }
        return texts;
    }

    /** Required, non-empty list of criterion ids. */
    List<Criterion> criteria(List<String> ids, String field) {
        if (ids == null || ids.isEmpty()) {
            problem(field, name + " has no " + field + " (criterion ids)");
            return List.of();
        }
        List<Criterion> criteria = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i) == null ? "" : ids.get(i).strip();
            int index = i;
            Criterion.byId(id).ifPresentOrElse(criteria::add,
                    () -> reporter.at(path(field) + "/" + index, unknownCriterion(id)));
        }
        return criteria;
    }

    static String unknownCriterion(String id) {
        return "unknown criterion id `" + id + "` (known: "
                + Arrays.stream(Criterion.values()).map(Criterion::id).collect(Collectors.joining(", ")) + ")";
    }

    /** One of an enum's constants, written in lower case in the file. Null when not. */
    <E extends Enum<E>> E choice(String value, String field, Class<E> type) {
        String written = text(value, field);
        for (E constant : type.getEnumConstants()) {
            if (constant.name().toLowerCase(Locale.ROOT).equals(written)) {
                return constant;
            }
        }
        if (!written.isEmpty()) {
            problem(field, "`" + field + "` must be one of " + Arrays.stream(type.getEnumConstants())
                    .map(c -> c.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "))
                    + ", not `" + written + "`");
        }
        return null;
    }

    /** An ISO date (2025-02-17). Null when missing or not a real date. */
    LocalDate date(String value, String field) {
        String written = text(value, field);
        if (written.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(written);
        } catch (DateTimeParseException e) {
            problem(field, "`" + field + "` must be a date written YYYY-MM-DD, not `" + written + "`");
            return null;
        }
    }
}
