package com.followupcoach.scoring.rubric;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads the fields of one YAML mapping with checks: unknown fields are errors (so a typo
 * is not silently ignored), and every error carries the line of the value at fault.
 */
final class Fields {

    private final YamlNode.Mapping mapping;
    private final String what;
    private final String source;

    Fields(YamlNode node, String what, String source, Set<String> allowed) throws RubricException {
        if (!(node instanceof YamlNode.Mapping m)) {
            throw new RubricException(source, node.line(), what + " must be a mapping, not " + YamlNode.describe(node));
        }
        this.mapping = m;
        this.what = what;
        this.source = source;
        for (String key : m.entries().keySet()) {
            if (!allowed.contains(key)) {
                throw new RubricException(source, m.keyLines().get(key),
                        "unknown field '" + key + "' in " + what + "; expected one of " + new TreeSet<>(allowed));
            }
        }
    }

    int line() {
        return mapping.line();
    }

    boolean has(String key) {
        return mapping.entries().containsKey(key);
    }

    YamlNode node(String key) throws RubricException {
        YamlNode node = mapping.entries().get(key);
        if (node == null) {
            throw new RubricException(source, mapping.line(), what + " needs '" + key + "'");
        }
        return node;
    }

    String string(String key) throws RubricException {
        return scalar(node(key), key);
    }

    String string(String key, String otherwise) throws RubricException {
        return has(key) ? string(key) : otherwise;
    }

    int integer(String key, int min, int max) throws RubricException {
        YamlNode node = node(key);
        String text = scalar(node, key);
        try {
            int value = Integer.parseInt(text.trim());
            if (value < min || value > max) {
                throw new RubricException(source, node.line(), "'" + key + "' must be between " + min + " and " + max);
            }
            return value;
        } catch (NumberFormatException e) {
            throw new RubricException(source, node.line(), "'" + key + "' must be a whole number, not '" + text + "'");
        }
    }

    int integer(String key, int min, int max, int otherwise) throws RubricException {
        return has(key) ? integer(key, min, max) : otherwise;
    }

    boolean bool(String key, boolean otherwise) throws RubricException {
        if (!has(key)) {
            return otherwise;
        }
        YamlNode node = node(key);
        String text = scalar(node, key).trim();
        if (text.equals("true") || text.equals("false")) {
            return Boolean.parseBoolean(text);
        }
        throw new RubricException(source, node.line(), "'" + key + "' must be true or false, not '" + text + "'");
    }

    /** A list of scalars; a single scalar is taken as a list of one. */
    List<YamlNode.Scalar> scalars(String key) throws RubricException {
        if (!has(key)) {
            return List.of();
        }
        YamlNode node = node(key);
        List<YamlNode> items = node instanceof YamlNode.Sequence s ? s.items() : List.of(node);
        List<YamlNode.Scalar> out = new ArrayList<>();
        for (YamlNode item : items) {
            if (!(item instanceof YamlNode.Scalar s) || s.value() == null) {
                throw new RubricException(source, item.line(), "each item of '" + key + "' must be a text");
            }
            out.add(s);
        }
        return out;
    }

    String scalar(YamlNode node, String key) throws RubricException {
        if (!(node instanceof YamlNode.Scalar s) || s.value() == null) {
            throw new RubricException(source, node.line(), "'" + key + "' in " + what + " must be a value, not "
                    + (node instanceof YamlNode.Scalar ? "empty" : YamlNode.describe(node)));
        }
        return s.value();
    }
}
