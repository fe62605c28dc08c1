package com.followupcoach.files.yaml;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads YAML text into {@link YamlNode}s with line numbers, using Jackson's streaming parser.
 * A syntax error ends the document (nothing after it can be trusted); a key given twice is
 * reported and reading goes on.
 */
public final class YamlReader {

    private static final YAMLFactory FACTORY = new YAMLFactory();

    private YamlReader() {
    }

    /**
     * @param lineOffset added to the YAML's line numbers (front matter starts on line 2 of its file)
     * @return the document; empty when it is empty or not valid YAML (reported to {@code problems})
     */
    public static Optional<YamlNode> read(String yaml, int lineOffset, FileProblems problems) {
        String what = lineOffset > 0 ? "the front matter" : "the file";
        try (JsonParser parser = FACTORY.createParser(yaml)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                problems.at(lineOffset, what + " is empty");
                return Optional.empty();
            }
            return Optional.of(new Tree(parser, lineOffset, problems).node(first));
        } catch (JsonProcessingException e) {
            int line = syntaxLine(e);
            problems.at(line > 0 ? line + lineOffset : 0, describe(e));
            return Optional.empty();
        } catch (IOException e) {
            problems.at(0, "cannot read the YAML (" + e.getClass().getSimpleName() + ")");
            return Optional.empty();
        }
    }

    /** One line in a trainer's words; SnakeYAML's own message spreads over several. */
    private static String describe(JsonProcessingException e) {
        Optional<MarkedYAMLException> marked = marked(e);
        if (marked.isPresent()) {
            return "YAML syntax error: " + firstLine(marked.get().getProblem());
        }
        if (e instanceof StreamConstraintsException) {
            return "the YAML is too large or too deeply nested (" + firstLine(e.getOriginalMessage()) + ")";
        }
        return "YAML syntax error: " + firstLine(e.getOriginalMessage());
    }

    private static int syntaxLine(JsonProcessingException e) {
        return marked(e).filter(m -> m.getProblemMark() != null).map(m -> m.getProblemMark().getLine() + 1)
                .orElse(e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNr()));
    }

    /** SnakeYAML's own exception, which Jackson may wrap more than once. */
    private static Optional<MarkedYAMLException> marked(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof MarkedYAMLException m && m.getProblem() != null) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    private static String firstLine(String message) {
        if (message == null || message.isBlank()) {
            return "no details";
        }
        return message.strip().lines().findFirst().orElse("").strip();
    }

    /** One pass over the parser's tokens, building nodes. */
    private record Tree(JsonParser parser, int lineOffset, FileProblems problems) {

        private YamlNode node(JsonToken token) throws IOException {
            return node(token, parser.currentTokenLocation().getLineNr() + lineOffset);
        }

        /**
         * @param line where the value is said to start: a mapping or list under a key starts at
         *             its key, where a trainer looks for it (its own first token is a line below)
         */
        private YamlNode node(JsonToken token, int line) throws IOException {
            switch (token) {
                case START_OBJECT: {
                    Map<String, YamlNode> entries = new LinkedHashMap<>();
                    Map<String, Integer> keyLines = new HashMap<>();
                    while (parser.nextToken() == JsonToken.FIELD_NAME) {
                        String key = parser.currentName();
                        int keyLine = parser.currentTokenLocation().getLineNr() + lineOffset;
                        YamlNode value = node(parser.nextToken(), keyLine);
                        if (entries.containsKey(key)) {
                            problems.at(keyLine, "`" + key + "` appears twice (first on line " + keyLines.get(key) + ")");
                        } else {
                            keyLines.put(key, keyLine);
                            entries.put(key, value);
                        }
                    }
                    return new YamlNode.Mapping(entries, keyLines, line);
                }
                case START_ARRAY: {
                    List<YamlNode> items = new ArrayList<>();
                    for (JsonToken t = parser.nextToken(); t != null && t != JsonToken.END_ARRAY; t = parser.nextToken()) {
                        items.add(node(t));
                    }
                    return new YamlNode.Sequence(items, line);
                }
                case VALUE_NULL:
                    return new YamlNode.Scalar(null, line);
                default:
                    // numbers and booleans keep the text written; the reader decides what it must be
                    String text = parser.getText();
                    return new YamlNode.Scalar(text == null ? "" : text, line);
            }
        }
    }
}
