package com.followupcoach.scoring.rubric;

import com.followupcoach.scoring.text.Normalizer;
import com.followupcoach.scoring.tokens.Lexicon;
import com.followupcoach.scoring.tokens.WordTest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the lexicons the rules name, {@code lexicons/<name>.txt} beside the rubric, each once
 * however many rules name it. A lexicon is checked like a lesson: the first problem is an
 * error at its file and line (format at the top of lessons/rubric.yaml).
 */
final class LexiconReader {

    private static final String ALLOWED = "letters, digits, ' and -, each word perhaps a prefix word* or a stem ~word";

    private final RubricFiles files;
    private final Map<String, Lexicon> loaded = new HashMap<>();
    private SpellingMap spellings = SpellingMap.NONE;

    LexiconReader(RubricFiles files) {
        this.files = files;
    }

    /** The rubric's spelling map, set before any lexicon or rule is read: entries are respelt by it. */
    void useSpellings(SpellingMap map) {
        this.spellings = map;
    }

    SpellingMap spellings() {
        return spellings;
    }

    /**
     * @param from the file of the rule that names the lexicon
     * @param line the rule's line, where a missing lexicon is reported
     */
    Lexicon load(String name, String from, int line) throws RubricException {
        Lexicon known = loaded.get(name);
        if (known != null) {
            return known;
        }
        RubricFiles.Text file = files.read("lexicons/" + name + ".txt", from, line);
        Lexicon lexicon = parse(name, file, spellings);
        loaded.put(name, lexicon);
        return lexicon;
    }

    /**
     * Reads a lexicon whose words are respelt by {@code spellings}: an entry listed in both
     * spellings ("organise", "organize") is one entry, kept once without complaint.
     */
    static Lexicon parse(String name, RubricFiles.Text file, SpellingMap spellings) throws RubricException {
        Map<String, Boolean> respeltAt = new HashMap<>();
        List<List<WordTest>> entries = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        Map<String, String> written = new HashMap<>();
        String[] lines = file.text().split("\n", -1);
        boolean any = false;
        for (int i = 0; i < lines.length; i++) {
            int lineNo = i + 1;
            String raw = lines[i];
            int hash = raw.indexOf('#');
            String entry = Normalizer.normalize(hash >= 0 ? raw.substring(0, hash) : raw).trim();
            if (!any && !raw.isBlank()) {
                any = true;
                if (hash < 0 || !raw.substring(0, hash).isBlank()) {
                    throw new RubricException(file.source(), lineNo, "a lexicon opens with comment lines (#) that "
                            + "say what belongs in it, what does not, and where any entries came from");
                }
            }
            if (entry.isEmpty()) {
                continue;
            }
            List<WordTest> written0 = entry(entry, file.source(), lineNo, SpellingMap.NONE);
            List<WordTest> words = entry(entry, file.source(), lineNo, spellings);
            boolean respelt = !words.equals(written0);
            String key = words.stream().map(WordTest::toString).reduce((a, b) -> a + " " + b).orElseThrow();
            Integer first = seen.putIfAbsent(key, lineNo);
            if (first != null && (respelt || respeltAt.get(key))) {
                continue; // the other spelling of an entry already read
            }
            respeltAt.putIfAbsent(key, respelt);
            if (first != null) {
                String earlier = written.get(key);
                throw new RubricException(file.source(), lineNo, earlier.equals(entry)
                        ? "duplicate entry '" + entry + "' (first on line " + first + ")"
                        : "entry '" + entry + "' is the same as '" + earlier + "' on line " + first + " (same stem)");
            }
            written.put(key, entry);
            entries.add(words);
        }
        if (entries.isEmpty()) {
            throw new RubricException(file.source(), 1, "the lexicon has no entries");
        }
        return new Lexicon(name, entries);
    }

    private static List<WordTest> entry(String entry, String source, int line, SpellingMap spellings)
            throws RubricException {
        List<WordTest> out = new ArrayList<>();
        for (String word : entry.split("\\s+")) {
            for (int k = 0; k < word.length(); k++) {
                char c = word.charAt(k);
                if (Character.isUpperCase(c)) {
                    throw new RubricException(source, line, "entry '" + entry + "' has an upper-case letter ('"
                            + c + "'); write entries in lower case");
                }
            }
            Optional<WordTest> test = WordTest.parse(respelt(word, spellings));
            if (test.isEmpty()) {
                throw new RubricException(source, line, "entry '" + entry + "': " + why(word) + "; an entry is "
                        + ALLOWED);
            }
            out.add(test.get());
        }
        return out;
    }

    /** "~organise" and "organise" are read as "~organize" and "organize"; a prefix stays as written. */
    private static String respelt(String word, SpellingMap spellings) {
        if (word.startsWith("~")) {
            return "~" + spellings.respell(word.substring(1));
        }
        return word.endsWith("*") ? word : spellings.respell(word);
    }

    private static String why(String word) {
        // a stem takes no '*': "~fool*" reports the '*'
        String core = word.startsWith("~") ? word.substring(1)
                : word.endsWith("*") ? word.substring(0, word.length() - 1) : word;
        for (int k = 0; k < core.length(); k++) {
            char c = core.charAt(k);
            if (!Character.isLetterOrDigit(c) && c != '\'' && c != '-') {
                return "'" + c + "' is not allowed";
            }
        }
        return "'" + word + "' is not a word";
    }
}
