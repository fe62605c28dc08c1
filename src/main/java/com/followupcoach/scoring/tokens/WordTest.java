package com.followupcoach.scoring.tokens;

import com.followupcoach.scoring.text.Stems;
import com.followupcoach.scoring.text.TokenizedText;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What one word of a token pattern or of a lexicon entry asks of one token: its lower-case
 * form equals {@code word}, starts with it ({@code word*}), or its stem equals the stem of
 * it ({@code ~word}). Token patterns (not lexicons) may also ask for case: the token written
 * exactly so ({@code =i}), a capitalised word ({@code %cap}), a word in capitals ({@code %caps}) or any word
 * beginning with a letter ({@code %word}).
 */
public record WordTest(Kind kind, String value) {

    public enum Kind { LITERAL, PREFIX, STEM, EXACT, CAPITALISED, CAPITALS, WORD }

    /**
     * The tests already made, each kept once: some 200 rules and 100 word classes name about ten
     * thousand distinct tests some sixty thousand times, and a test is a value, so one instance
     * serves every pattern that names it (1.3 MB of the rubric's heap). The map grows only with
     * the vocabulary of the rubrics loaded, never with the letters scored.
     */
    private static final ConcurrentHashMap<WordTest, WordTest> SHARED = new ConcurrentHashMap<>();

    /** Thousands of patterns name the same few thousand words: each is kept once, not once per pattern. */
    public WordTest {
        value = value.intern();
    }

    /** The test of that kind and value, shared with every pattern and lexicon that names it. */
    public static WordTest of(Kind kind, String value) {
        WordTest test = new WordTest(kind, value);
        WordTest shared = SHARED.putIfAbsent(test, test);
        return shared == null ? test : shared;
    }

    public boolean test(TokenizedText text, int token) {
        return switch (kind) {
            case LITERAL -> text.lower(token).equals(value);
            case PREFIX -> text.lower(token).startsWith(value);
            case STEM -> text.stem(token).equals(value);
            case EXACT -> text.writtenAs(token, value);
            case CAPITALISED -> text.capitalised(token);
            case CAPITALS -> text.allCapitals(token);
            case WORD -> text.isWord(token);
        };
    }

    /** Whether the test can be looked up by the token's lower form, stem or prefix. */
    boolean indexable() {
        return kind != Kind.CAPITALISED && kind != Kind.CAPITALS && kind != Kind.WORD;
    }

    /**
     * Reads a word of a token pattern: {@code =Word} (exactly so written, case included),
     * {@code %cap}, {@code %caps}, or what {@link #parse} reads (the text already normalised,
     * not lower-cased); empty when it is none of them.
     */
    static Optional<WordTest> parseInPattern(String written) {
        if (written.startsWith("=")) {
            String word = written.substring(1);
            return isWord(word) ? Optional.of(WordTest.of(Kind.EXACT, word)) : Optional.empty();
        }
        if (written.equals("%cap")) {
            return Optional.of(WordTest.of(Kind.CAPITALISED, ""));
        }
        if (written.equals("%caps")) {
            return Optional.of(WordTest.of(Kind.CAPITALS, ""));
        }
        if (written.equals("%word")) {
            return Optional.of(WordTest.of(Kind.WORD, ""));
        }
        return parse(written.toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * Reads {@code word}, {@code word*} or {@code ~word}, where a word is letters, digits,
     * {@code '} and {@code -} (already lower case and normalised), or a lone symbol such as an
     * emoji; empty when it is anything else.
     */
    public static Optional<WordTest> parse(String written) {
        if (written.startsWith("~")) {
            String word = written.substring(1);
            return isWord(word) ? Optional.of(WordTest.of(Kind.STEM, Stems.of(word))) : Optional.empty();
        }
        if (written.endsWith("*")) {
            String word = written.substring(0, written.length() - 1);
            return isWord(word) ? Optional.of(WordTest.of(Kind.PREFIX, word)) : Optional.empty();
        }
        return isWord(written) || isSymbol(written) ? Optional.of(WordTest.of(Kind.LITERAL, written))
                : Optional.empty();
    }

    /**
     * One pictograph or other symbol, such as an emoji ("😂", "🙄"): a token of its own in a
     * letter, so a rule or a word class can name it as it names a word.
     */
    public static boolean isSymbol(String written) {
        return !written.isEmpty() && written.codePointCount(0, written.length()) == 1
                && Character.getType(written.codePointAt(0)) == Character.OTHER_SYMBOL;
    }

    /** Letters, digits, {@code '} and {@code -}, beginning with a letter or digit. */
    public static boolean isWord(String word) {
        if (word.isEmpty() || !Character.isLetterOrDigit(word.codePointAt(0))) {
            return false;
        }
        return word.codePoints().allMatch(c -> Character.isLetterOrDigit(c) || c == '\'' || c == '-'
                || Character.getType(c) == Character.NON_SPACING_MARK);
    }

    @Override
    public String toString() {
        return switch (kind) {
            case LITERAL -> value;
            case PREFIX -> value + "*";
            case STEM -> "~" + value;
            case EXACT -> "=" + value;
            case CAPITALISED -> "%cap";
            case CAPITALS -> "%caps";
            case WORD -> "%word";
        };
    }
}
