package com.followupcoach.files.yaml;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A YAML value that remembers the line of the file it starts on. Jackson's own tree forgets
 * locations, and every problem in a lesson or rubric file must name its line.
 */
public sealed interface YamlNode permits YamlNode.Scalar, YamlNode.Mapping, YamlNode.Sequence {

    /** 1-based line in the file (front-matter offsets already added). */
    int line();

    /** A scalar; {@code value} is null for YAML null ({@code key:} with nothing after it). */
    record Scalar(String value, int line) implements YamlNode {
    }

    /** A mapping; {@code entries} keep the file's order, {@code keyLines} where each key is written. */
    record Mapping(Map<String, YamlNode> entries, Map<String, Integer> keyLines, int line) implements YamlNode {

        public Mapping {
            entries = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(entries));
            keyLines = Map.copyOf(keyLines);
        }

        public Set<String> keys() {
            return entries.keySet();
        }

        /** The line of {@code key}, or of the mapping when the key is absent. */
        public int lineOf(String key) {
            return keyLines.getOrDefault(key, line);
        }
    }

    record Sequence(List<YamlNode> items, int line) implements YamlNode {

        public Sequence {
            items = List.copyOf(items);
        }
    }

    /** What the value is, in a trainer's words: "a list", "a set of fields", "text", "nothing". */
    static String describe(YamlNode node) {
        if (node instanceof Mapping) {
            return "a set of fields";
        }
        if (node instanceof Sequence) {
            return "a list";
        }
        return ((Scalar) node).value() == null ? "nothing" : "text";
    }
}
