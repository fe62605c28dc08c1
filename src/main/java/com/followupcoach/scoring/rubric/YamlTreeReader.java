package com.followupcoach.scoring.rubric;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads YAML into {@link YamlNode}s with line numbers, using Jackson's streaming parser. */
final class YamlTreeReader {

    private static final YAMLFactory FACTORY = new YAMLFactory();

    private final String source;

    YamlTreeReader(String source) {
        this.source = source;
    }

    YamlNode read(String yaml) throws RubricException {
        try (JsonParser parser = FACTORY.createParser(yaml)) {
            JsonToken token = parser.nextToken();
            if (token == null) {
                throw new RubricException(source, 1, "the file is empty");
            }
            return node(parser, token);
        } catch (JsonProcessingException e) {
            JsonLocation where = e.getLocation();
            // SnakeYAML spreads one message over lines with "in 'reader', line N" parts: keep the words
            String message = e.getOriginalMessage().lines().map(String::trim)
                    .filter(l -> !l.isEmpty() && !l.startsWith("in '") && !l.startsWith("^"))
                    .collect(java.util.stream.Collectors.joining("; "));
            throw new RubricException(source, where == null ? 1 : Math.max(1, where.getLineNr()),
                    "not valid YAML: " + message);
        } catch (IOException e) {
            throw new RubricException(source, 1, "cannot read: " + e.getMessage());
        }
    }

    private YamlNode node(JsonParser parser, JsonToken token) throws IOException, RubricException {
        int line = parser.currentTokenLocation().getLineNr();
        switch (token) {
            case START_OBJECT: {
                LinkedHashMap<String, YamlNode> entries = new LinkedHashMap<>();
                Map<String, Integer> keyLines = new HashMap<>();
                JsonToken t;
                while ((t = parser.nextToken()) == JsonToken.FIELD_NAME) {
                    String key = parser.currentName();
                    int keyLine = parser.currentTokenLocation().getLineNr();
                    if (entries.containsKey(key)) {
                        throw new RubricException(source, keyLine, "'" + key + "' is given twice");
                    }
                    keyLines.put(key, keyLine);
                    entries.put(key, node(parser, parser.nextToken()));
                }
                return new YamlNode.Mapping(entries, keyLines, line);
            }
            case START_ARRAY: {
                List<YamlNode> items = new ArrayList<>();
                JsonToken t;
                while ((t = parser.nextToken()) != JsonToken.END_ARRAY) {
                    items.add(node(parser, t));
                }
                return new YamlNode.Sequence(items, line);
            }
            case VALUE_NULL:
                return new YamlNode.Scalar(null, line);
            default:
                return new YamlNode.Scalar(parser.getValueAsString(), line);
        }
    }
}
