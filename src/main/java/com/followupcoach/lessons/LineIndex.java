package com.followupcoach.lessons;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * The line each value of a YAML document starts on, by JSON-pointer path
 * ({@code /questions/2/options/0/explanation}). Jackson binds the document without
 * positions; this second, streaming pass is what lets a check made after binding ("no
 * correct option") still name a line. A missing field is placed on its parent's line.
 */
final class LineIndex {

    private final Map<String, Integer> lines;

    private LineIndex(Map<String, Integer> lines) {
        this.lines = lines;
    }

    static LineIndex of(YAMLFactory factory, String yaml) {
        Map<String, Integer> lines = new HashMap<>();
        try (JsonParser parser = factory.createParser(yaml)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                // the first token of a path is its key (or list item), where a reader looks
                lines.putIfAbsent(parser.getParsingContext().pathAsPointer().toString(),
                        parser.currentTokenLocation().getLineNr());
            }
        } catch (IOException e) {
            // only called on text Jackson has already bound, so this cannot happen in practice;
            // the lines found so far are still right, and unknown ones fall back to 0
        }
        return new LineIndex(lines);
    }

    /** The 1-based line of the path, or of its nearest ancestor present; 0 if none is. */
    int line(String pointer) {
        for (String path = pointer; ; path = path.substring(0, path.lastIndexOf('/'))) {
            Integer line = lines.get(path);
            if (line != null && line > 0) {
                return line;
            }
            if (path.isEmpty()) {
                return 0;
            }
        }
    }
}
