package com.followupcoach.files.yaml;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Typed, checked access to the fields of one YAML mapping, for lesson and rubric files
 * alike. Every problem (a field it does not know, a missing field, a value of the wrong kind)
 * is reported at its line and reading goes on: a getter returns empty instead of failing,
 * so one run lists every mistake of a file.
 *
 * <p>Messages name fields in backticks and say what was expected in a trainer's words:
 * "unknown field `hint`; did you mean `hints`?", "`order` must be a whole number, not `first`",
 * "question 2 has no prompt".
 */
public final class Fields {

    private final YamlNode.Mapping mapping;
    private final String what;
    private final FileProblems problems;
    /** Fields a reported typo was probably meant as: their absence is that one mistake, not a second. */
    private final Set<String> misspelt;

    private Fields(YamlNode.Mapping mapping, String what, FileProblems problems, Set<String> misspelt) {
        this.mapping = mapping;
        this.what = what;
        this.problems = problems;
        this.misspelt = misspelt;
    }

    /**
     * @param what    how messages name the object ("the lesson", "question 3", "rule 'x'")
     * @param allowed the fields it may have; any other is reported as unknown
     * @return empty (and reported) when {@code node} is not a mapping
     */
    public static Optional<Fields> of(YamlNode node, String what, Set<String> allowed, FileProblems problems) {
        if (!(node instanceof YamlNode.Mapping mapping)) {
            problems.at(node.line(), what + " must be a set of `name: value` fields, not " + YamlNode.describe(node));
            return Optional.empty();
        }
        Set<String> misspelt = new java.util.HashSet<>();
        for (String key : mapping.keys()) {
            if (!allowed.contains(key)) {
                Optional<String> meant = meant(key, allowed);
                meant.ifPresent(misspelt::add);
                problems.at(mapping.lineOf(key), meant.map(k -> "unknown field `" + key + "`; did you mean `" + k + "`?")
                        .orElse("unknown field `" + key + "` (expected one of: " + String.join(", ", new TreeSet<>(allowed))
                                + ")"));
            }
        }
        return Optional.of(new Fields(mapping, what, problems, misspelt));
    }

    /** A mapping whose keys are data (criterion ids, misspellings), so none is unknown. */
    public static Optional<Fields> open(YamlNode node, String what, FileProblems problems) {
        return node instanceof YamlNode.Mapping m ? of(m, what, m.keys(), problems) : of(node, what, Set.of(), problems);
    }

    /** The known field a misspelt one is probably meant as. */
    private static Optional<String> meant(String key, Set<String> allowed) {
        return Typos.nearest(allowed, key);
    }

    public String what() {
        return what;
    }

    public FileProblems problems() {
        return problems;
    }

    /** The mapping's own line: where a missing field is reported. */
    public int line() {
        return mapping.line();
    }

    /** The line of {@code key}, or the mapping's line when it is absent. */
    public int line(String key) {
        return mapping.lineOf(key);
    }

    public Set<String> keys() {
        return mapping.keys();
    }

    /** Present and not null. */
    public boolean has(String key) {
        YamlNode node = mapping.entries().get(key);
        return node != null && !(node instanceof YamlNode.Scalar s && s.value() == null);
    }

    /** Reports {@code message} at the line of {@code key} (the mapping's line when absent). */
    public void problem(String key, String message) {
        problems.at(line(key), message);
    }

    /** The value, when present and not null. */
    public Optional<YamlNode> node(String key) {
        return has(key) ? Optional.of(mapping.entries().get(key)) : Optional.empty();
    }

    /** The value; reports "{what} has no {key}" when absent or null. */
    public Optional<YamlNode> required(String key) {
        if (!has(key)) {
            missing(key);
        }
        return node(key);
    }

    private void missing(String key) {
        missing(key, what + " has no " + key);
    }

    /**
     * Reports a missing field with the reader's own words, at the mapping's line; not when a
     * misspelling of it was already reported ("unknown field `titel`; did you mean `title`?").
     */
    public void missing(String key, String message) {
        if (!misspelt.contains(key)) {
            problems.at(line(), message);
        }
    }

    /** Optional text as written. A list or a set of fields is reported. */
    public Optional<String> text(String key) {
        return node(key).flatMap(node -> text(node, "`" + key + "`", problems));
    }

    /** Required text as written; blank counts as missing. */
    public Optional<String> requiredText(String key) {
        Optional<String> text = text(key);
        if (!has(key)) {
            missing(key);
            return Optional.empty();
        }
        if (text.isPresent() && text.get().isBlank()) {
            problems.at(line(key), what + " has no " + key);
            return Optional.empty();
        }
        return text;
    }

    /** Optional whole number within {@code min..max}. */
    public Optional<Integer> number(String key, int min, int max) {
        return node(key).flatMap(node -> text(node, "`" + key + "`", problems).flatMap(text -> {
            int value;
            try {
                value = Integer.parseInt(text.strip());
            } catch (NumberFormatException e) {
                problems.at(node.line(), "`" + key + "` must be a whole number, not `" + text + "`");
                return Optional.empty();
            }
            if (value < min || value > max) {
                problems.at(node.line(), "`" + key + "` must be " + (max == Integer.MAX_VALUE ? min + " or more"
                        : "between " + min + " and " + max) + ", not " + value);
                return Optional.empty();
            }
            return Optional.of(value);
        }));
    }

    /** Required whole number within {@code min..max}. */
    public Optional<Integer> requiredNumber(String key, int min, int max) {
        required(key);
        return number(key, min, max);
    }

    /** Optional {@code true} or {@code false}; anything else ("yes", 5) is reported. */
    public Optional<Boolean> bool(String key) {
        return node(key).flatMap(node -> text(node, "`" + key + "`", problems).flatMap(text -> {
            if (text.strip().equalsIgnoreCase("true") || text.strip().equalsIgnoreCase("false")) {
                return Optional.of(Boolean.parseBoolean(text.strip()));
            }
            problems.at(node.line(), "`" + key + "` must be true or false, not `" + text + "`");
            return Optional.empty();
        }));
    }

    /** Optional list; a single value is reported, as a list must be written as one. */
    public Optional<List<YamlNode>> list(String key) {
        return node(key).flatMap(node -> {
            if (node instanceof YamlNode.Sequence s) {
                return Optional.of(s.items());
            }
            problems.at(node.line(), "`" + key + "` must be a list (lines starting with `- `), not " + YamlNode.describe(node));
            return Optional.empty();
        });
    }

    /** Optional list, where a single value is taken as a list of one. */
    public Optional<List<YamlNode>> listOrOne(String key) {
        return node(key).map(node -> node instanceof YamlNode.Sequence s ? s.items() : List.of(node));
    }

    /**
     * Optional list of texts (a single text is a list of one when {@code oneIsList}). Each item
     * that is not text, or is blank, is reported and left out.
     */
    public Optional<List<YamlNode.Scalar>> texts(String key, boolean oneIsList) {
        return (oneIsList ? listOrOne(key) : list(key)).map(items -> {
            List<YamlNode.Scalar> out = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                YamlNode item = items.get(i);
                String where = "item " + (i + 1) + " of `" + key + "`";
                Optional<String> text = text(item, where, problems);
                if (text.isPresent() && text.get().isBlank() || item instanceof YamlNode.Scalar s && s.value() == null) {
                    problems.at(item.line(), where + " is empty");
                } else {
                    text.ifPresent(t -> out.add(new YamlNode.Scalar(t, item.line())));
                }
            }
            return out;
        });
    }

    /** The fields of a nested mapping under {@code key}, when present. */
    public Optional<Fields> child(String key, String childWhat, Set<String> allowed) {
        return node(key).flatMap(node -> of(node, childWhat, allowed, problems));
    }

    /** A scalar's text as written; a list, a set of fields or nothing is reported as not text. */
    public static Optional<String> text(YamlNode node, String where, FileProblems problems) {
        if (node instanceof YamlNode.Scalar s) {
            return Optional.ofNullable(s.value());
        }
        problems.at(node.line(), where + " must be text, not " + YamlNode.describe(node));
        return Optional.empty();
    }
}
