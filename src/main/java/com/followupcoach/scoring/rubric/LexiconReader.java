package com.followupcoach.scoring.rubric;

import com.followupcoach.files.Problem;
import com.followupcoach.scoring.tokens.Lexicon;
import com.followupcoach.scoring.tokens.WordTest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the lexicons the rules name, {@code lexicons/<name>.txt} beside the rubric, each once
 * however many rules name it. A lexicon is checked like a lesson: every faulty line is a
 * problem at its file and line (format at the top of lessons/rubric.yaml).
 */
final class LexiconReader {

    private static final String ALLOWED = "letters, digits, ' and -, each word perhaps a prefix word* or a stem ~word, or a lone symbol such as an emoji";

    private final RubricFiles files;
    private final Map<String, Lexicon> loaded = new HashMap<>();
    /** Lexicon files already reported as faulty: a second rule naming one adds no second copy. */
    private final java.util.Set<String> faulty = new java.util.HashSet<>();
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

    /** Every lexicon read so far, by name. */
    Map<String, Lexicon> loaded() {
        return Map.copyOf(loaded);
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
        if (faulty.contains(name)) {
            throw new RubricParser.Reported();
        }
        try {
            Lexicon lexicon = parse(name, file, spellings);
            loaded.put(name, lexicon);
            return lexicon;
        } catch (RubricException e) {
            faulty.add(name);
            throw e;
        }
    }

    /**
     * The lexicon, its words respelt by {@code spellings}: an entry listed in both spellings
     * ("organise", "organize") is one entry, kept once without complaint. Every faulty line of
     * the file is reported together, in one exception.
     */
    static Lexicon parse(String name, RubricFiles.Text file, SpellingMap spellings) throws RubricException {
        List<Problem> problems = new ArrayList<>();
        Map<String, Boolean> respeltAt = new HashMap<>();
        List<List<WordTest>> entries = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        Map<String, String> written = new HashMap<>();
        for (WordListLines.Line line : WordListLines.read(file, "a lexicon opens with comment lines (#) that "
                + "say what belongs in it, what does not, and where any entries came from", problems)) {
            int lineNo = line.number();
            String entry = line.entry();
            Optional<List<WordTest>> words = entry(entry, file.source(), lineNo, problems, spellings);
            if (words.isEmpty()) {
                continue;
            }
            boolean respelt = !words.equals(entry(entry, file.source(), lineNo, new ArrayList<>(), SpellingMap.NONE));
            String key = words.get().stream().map(WordTest::toString).reduce((a, b) -> a + " " + b).orElseThrow();
            Integer first = seen.putIfAbsent(key, lineNo);
            if (first != null && (respelt || respeltAt.get(key))) {
                continue; // the other spelling of an entry already read
            }
            respeltAt.putIfAbsent(key, respelt);
            if (first != null) {
                String earlier = written.get(key);
                problems.add(new Problem(file.source(), lineNo, earlier.equals(entry)
                        ? "duplicate entry '" + entry + "' (first on line " + first + ")"
                        : "entry '" + entry + "' is the same as '" + earlier + "' on line " + first + " (same stem)"));
                continue;
            }
            written.put(key, entry);
            entries.add(words.get());
        }
        if (entries.isEmpty() && problems.isEmpty()) {
            problems.add(new Problem(file.source(), 1, "the lexicon has no entries"));
        }
        if (!problems.isEmpty()) {
            throw new RubricException(problems);
        }
        return new Lexicon(name, entries);
    }

    private static Optional<List<WordTest>> entry(String entry, String source, int line, List<Problem> problems,
                                                  SpellingMap spellings) {
        List<WordTest> out = new ArrayList<>();
        for (String word : entry.split("\\s+")) {
            for (int k = 0; k < word.length(); k++) {
                char c = word.charAt(k);
                if (Character.isUpperCase(c)) {
                    problems.add(new Problem(source, line, "entry '" + entry + "' has an upper-case letter ('"
                            + c + "'); write entries in lower case"));
                    return Optional.empty();
                }
            }
            Optional<WordTest> test = WordTest.parse(respelt(word, spellings));
            if (test.isEmpty()) {
                problems.add(new Problem(source, line, "entry '" + entry + "': " + why(word) + "; an entry is "
                        + ALLOWED));
                return Optional.empty();
            }
            out.add(test.get());
        }
        return Optional.of(out);
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
