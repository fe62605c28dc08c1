package com.followupcoach.scoring.rubric;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A YAML value that remembers the line it starts on. Jackson's own tree forgets
 * locations, and every rubric error must name its line.
 */
sealed interface YamlNode permits YamlNode.Scalar, YamlNode.Mapping, YamlNode.Sequence {

    int line();

    /** A scalar; {@code value} is null for YAML null. */
    record Scalar(String value, int line) implements YamlNode {
    }

    /** A mapping; keys keep their order and their own lines. */
    record Mapping(LinkedHashMap<String, YamlNode> entries, Map<String, Integer> keyLines, int line)
            implements YamlNode {
    }

    record Sequence(List<YamlNode> items, int line) implements YamlNode {
    }

    static String describe(YamlNode node) {
        if (node instanceof Mapping) {
            return "a mapping";
        }
        if (node instanceof Sequence) {
            return "a list";
        }
        return "a value";
    }
}
