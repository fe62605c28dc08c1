package com.followupcoach.scoring.behaviour;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Named word lists and templates, read from the text files under /behaviour/lexicons.
 * A file is a series of "[name]" sections with one entry a line; "#" starts a comment.
 * Sections named "tpl:CLASS" hold the templates of one tested class.
 */
final class Lexicon {

    static final List<String> FILES = List.of("people", "letter", "tone", "interest", "acknowledgement",
            "expectations", "pairs");
    static final String TEMPLATES = "tpl:";

    private final Map<String, List<String>> sections;

    private Lexicon(Map<String, List<String>> sections) {
        this.sections = sections;
    }

    static Lexicon load() {
        Map<String, List<String>> sections = new LinkedHashMap<>();
        for (String file : FILES) {
            read("/behaviour/lexicons/" + file + ".txt", sections);
        }
        return new Lexicon(sections);
    }

    private static void read(String resource, Map<String, List<String>> sections) {
        try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing lexicon file " + resource);
            }
            String current = null;
            int lineNumber = 0;
            for (String raw : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1)) {
                lineNumber++;
                String line = raw.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                if (line.startsWith("[") && line.endsWith("]")) {
                    current = line.substring(1, line.length() - 1);
                    if (sections.putIfAbsent(current, new ArrayList<>()) != null) {
                        throw new IllegalStateException(resource + ":" + lineNumber + ": section [" + current
                                + "] defined twice");
                    }
                } else if (current == null) {
                    throw new IllegalStateException(resource + ":" + lineNumber + ": entry before any [section]");
                } else {
                    sections.get(current).add(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    boolean has(String name) {
        return sections.containsKey(name);
    }

    List<String> get(String name) {
        List<String> entries = sections.get(name);
        if (entries == null) {
            throw new IllegalArgumentException("no lexicon section [" + name + "]");
        }
        return Collections.unmodifiableList(entries);
    }

    List<String> templates(String className) {
        return get(TEMPLATES + className);
    }

    Set<String> names() {
        return Collections.unmodifiableSet(sections.keySet());
    }
}
