package com.followupcoach.lessons;

import com.followupcoach.files.yaml.Fields;
import com.followupcoach.files.yaml.FileProblems;
import com.followupcoach.files.yaml.YamlNode;
import com.followupcoach.vocabulary.Criterion;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The checks lesson files add to the shared YAML binder ({@link Fields}): kebab-case ids,
 * criterion ids, dates, choices. The getters never fail: on a problem they report it and
 * return a harmless stand-in, and the caller, seeing problems, drops what it was building.
 *
 * @param fields the object's fields; messages name it by {@code fields.what()} ("option 3", "the lesson")
 */
record Scope(Fields fields) {

    /** Ids name folders, files and database rows, so they are kept plain. */
    private static final Pattern KEBAB_CASE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    /** The root object of a document; empty (and reported) when the document is not a mapping. */
    static Optional<Scope> root(YamlNode document, String name, Set<String> allowed, FileProblems problems) {
        return Fields.of(document, name, allowed, problems).map(Scope::new);
    }

    /** One item of a list of objects; an empty item is reported as "{name} is empty". */
    static Optional<Scope> item(YamlNode item, String name, Set<String> allowed, FileProblems problems) {
        if (item instanceof YamlNode.Scalar s && (s.value() == null || s.value().isBlank())) {
            problems.at(item.line(), name + " is empty");
            return Optional.empty();
        }
        return Fields.of(item, name, allowed, problems).map(Scope::new);
    }

    String name() {
        return fields.what();
    }

    FileProblems problems() {
        return fields.problems();
    }

    /** A nested object; empty when absent or not a set of fields (the latter reported). */
    Optional<Scope> child(String field, String childName, Set<String> allowed) {
        return fields.child(field, childName, allowed).map(Scope::new);
    }

    /** A list of objects under {@code field}; empty when absent or not a list (the latter reported). */
    Optional<List<YamlNode>> list(String field) {
        return fields.list(field);
    }

    /**
     * A required, non-empty list under {@code field}; when it is missing or empty, reports
     * {@code whenNone} ("the quiz has no questions ...") and returns no items.
     */
    List<YamlNode> nonEmptyList(String field, String whenNone) {
        if (!fields.has(field)) {
            fields.missing(field, whenNone);
            return List.of();
        }
        Optional<List<YamlNode>> items = fields.list(field);
        if (items.isPresent() && items.get().isEmpty()) {
            problem(field, whenNone);
        }
        return items.orElse(List.of());
    }

    boolean has(String field) {
        return fields.has(field);
    }

    /** Reports a missing field in the reader's words, unless a misspelling of it was reported. */
    void missing(String field, String message) {
        fields.missing(field, message);
    }

    void problem(String field, String message) {
        fields.problem(field, message);
    }

    int line(String field) {
        return fields.line(field);
    }

    /** Required text; blank counts as missing. Returned stripped. */
    String text(String field) {
        return fields.requiredText(field).map(String::strip).orElse("");
    }

    /** A required kebab-case id. */
    String id(String field) {
        String id = text(field);
        if (!id.isEmpty() && !KEBAB_CASE.matcher(id).matches()) {
            problem(field, "`" + field + "` must be kebab-case (lower-case letters, digits and `-`), not `" + id + "`");
        }
        return id;
    }

    int number(String field, int min) {
        return fields.requiredNumber(field, min, Integer.MAX_VALUE).orElse(min);
    }

    /** A required list of texts, which may be empty ({@code []}) but may not hold a blank item. */
    List<String> texts(String field) {
        if (!fields.has(field)) {
            fields.missing(field, name() + " has no " + field + " (write `" + field + ": []` if there are none)");
            return List.of();
        }
        return strings(field);
    }

    /** A required list of at least one text. */
    List<String> nonEmptyTexts(String field) {
        if (!fields.has(field)) {
            fields.missing(field, name() + " has no " + field);
            return List.of();
        }
        if (fields.node(field).get() instanceof YamlNode.Sequence s && s.items().isEmpty()) {
            problem(field, name() + " has no " + field);
            return List.of();
        }
        return strings(field);
    }

    private List<String> strings(String field) {
        return fields.texts(field, false).orElse(List.of()).stream().map(s -> s.value().strip()).toList();
    }

    /** Required, non-empty list of criterion ids. */
    List<Criterion> criteria(String field) {
        if (!fields.has(field)) {
            fields.missing(field, name() + " has no " + field + " (criterion ids)");
            return List.of();
        }
        if (fields.node(field).get() instanceof YamlNode.Sequence s && s.items().isEmpty()) {
            problem(field, name() + " has no " + field + " (criterion ids)");
            return List.of();
        }
        List<Criterion> criteria = new ArrayList<>();
        for (YamlNode.Scalar id : fields.texts(field, false).orElse(List.of())) {
            Criterion.byId(id.value().strip()).ifPresentOrElse(criteria::add,
                    () -> problems().at(id.line(), unknownCriterion(id.value().strip())));
        }
        return criteria;
    }

    static String unknownCriterion(String id) {
        return "unknown criterion id `" + id + "` (known: "
                + Arrays.stream(Criterion.values()).map(Criterion::id).collect(Collectors.joining(", ")) + ")";
    }

    /** One of an enum's constants, written in lower case in the file. Null when not. */
    <E extends Enum<E>> E choice(String field, Class<E> type) {
        String written = text(field);
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
    LocalDate date(String field) {
        String written = text(field);
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
