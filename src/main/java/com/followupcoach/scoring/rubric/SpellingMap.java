package com.followupcoach.scoring.rubric;

import com.followupcoach.files.Problem;
import com.followupcoach.scoring.tokens.WordTest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The British and American spellings a rubric reads as one word ({@code spellings.txt} beside
 * it, named under {@code language:}). Each line holds two spellings of one word form, the
 * second being the form both are read as before stemming: "organise organize". Letters, rule
 * words and lexicon entries are all respelt, so one entry or stem covers both spellings.
 * Checked like a lexicon: the first problem is an error at its file and line.
 */
final class SpellingMap {

    static final SpellingMap NONE = new SpellingMap(Map.of());

    private final Map<String, String> map;

    private SpellingMap(Map<String, String> map) {
        this.map = Map.copyOf(map);
    }

    Map<String, String> asMap() {
        return map;
    }

    /**
     * This map, also reading each plain misspelling of one word as its right spelling
     * ("realy" as "really"), so that a rule written in good spelling still matches a letter
     * with a slip in it. Corrections of more than one word ("alot": "a lot") are left to
     * the proofreading check alone.
     */
    SpellingMap withCorrections(Map<String, String> misspellings) {
        Map<String, String> out = new HashMap<>(map);
        misspellings.forEach((wrong, right) -> {
            String w = wrong.toLowerCase(Locale.ROOT);
            String r = right.toLowerCase(Locale.ROOT);
            if (WordTest.isWord(w) && WordTest.isWord(r) && !out.containsKey(w)) {
                out.put(w, respell(r));
            }
        });
        return new SpellingMap(out);
    }

    /** The form a lower-case word is read as (itself when the map does not name it). */
    String respell(String word) {
        return map.getOrDefault(word, word);
    }

    /**
     * A token pattern with its plain and stemmed words respelt ("~organise" reads as
     * "~organize"); lexicon names, prefixes, gaps and escaped marks are left as written.
     */
    String respellPattern(String written) {
        if (map.isEmpty()) {
            return written;
        }
        StringBuilder out = new StringBuilder();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i <= written.length(); i++) {
            char c = i < written.length() ? written.charAt(i) : ' ';
            if (Character.isLetterOrDigit(c) || c == '\'' || c == '-') {
                word.append(c);
                continue;
            }
            flush(word, out, i - word.length() > 0 ? written.charAt(i - word.length() - 1) : ' ', c);
            if (i < written.length()) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** A word is respelt only when it is a whole word or a ~stem, not a prefix*, an @lexicon or a :flag. */
    private void flush(StringBuilder word, StringBuilder out, char before, char after) {
        if (word.length() > 0) {
            String w = word.toString();
            String lower = w.toLowerCase(Locale.ROOT);
            boolean plain = before != '@' && before != ':' && before != '\\' && after != '*';
            out.append(plain && map.containsKey(lower) ? map.get(lower) : w);
            word.setLength(0);
        }
    }

    static SpellingMap parse(RubricFiles.Text file) throws RubricException {
        Map<String, String> map = new HashMap<>();
        Map<String, Integer> lineOf = new HashMap<>();
        List<Problem> header = new ArrayList<>();
        List<WordListLines.Line> lines = WordListLines.read(file, "a spelling map opens with comment lines (#) "
                + "that say what belongs in it", header);
        if (!header.isEmpty()) {
            throw new RubricException(header);
        }
        for (WordListLines.Line line : lines) {
            int lineNo = line.number();
            String entry = line.entry();
            String[] words = entry.split("\\s+");
            if (words.length != 2) {
                throw new RubricException(file.source(), lineNo, "'" + entry + "': a line holds two spellings of "
                        + "one word, the one read as the other second: organise organize");
            }
            for (String w : words) {
                if (!WordTest.isWord(w) || !w.equals(w.toLowerCase(Locale.ROOT))) {
                    throw new RubricException(file.source(), lineNo, "'" + w + "' is not a lower-case word "
                            + "(letters, digits, ' and -)");
                }
                Integer earlier = lineOf.get(w);
                if (earlier != null) {
                    throw new RubricException(file.source(), lineNo, "'" + w + "' is already on line " + earlier);
                }
            }
            if (words[0].equals(words[1])) {
                throw new RubricException(file.source(), lineNo, "'" + entry + "' names the same spelling twice");
            }
            lineOf.put(words[0], lineNo);
            lineOf.put(words[1], lineNo);
            map.put(words[0], words[1]);
        }
        if (map.isEmpty()) {
            throw new RubricException(file.source(), 1, "the spelling map has no entries");
        }
        return new SpellingMap(map);
    }
}
