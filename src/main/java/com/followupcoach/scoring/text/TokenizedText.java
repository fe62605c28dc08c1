package com.followupcoach.scoring.text;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * A letter's tokens, computed once and shared by every token rule: for each token its UTF-16
 * offsets into the letter, its lower-case form, its stem (see {@link Stems}), its sentence and
 * its clause. A sentence is cut into clauses at {@code , ; : - ( )} (each such mark is a
 * clause of its own) and before a word that opens a clause ("but", "although", "because"…),
 * so that a gap in a token pattern can be kept inside one clause.
 *
 * <p>Each token also carries three attributes, so rules can ask about them
 * ({@code :negated}, {@code :quoted}, {@code :ironic} in a token pattern):
 * <ul>
 *   <li><b>negated</b>: the token lies in a negation's scope, which opens after a negating word
 *       ("not", any "n't" word) and runs to the end of its clause, to a word that breaks it
 *       ("but", "and"), or after a number of words, whichever comes first: "I do not [think this
 *       was fair], but…". A word that undoes the negation right after it ("don't hesitate",
 *       "not only") opens no scope;</li>
 *   <li><b>quoted</b>: the token stands between quotation marks (straight or curly, double or
 *       single), so words quoted from the employer's e-mail are not the writer's own. A double
 *       quote closes within its paragraph, a single quote within its sentence; a mark that is
 *       never closed quotes nothing, and an apostrophe ("don't", "candidates'") is no quote;</li>
 *   <li><b>ironic</b>: the token is part of an irony marker: a phrase of the rubric's
 *       irony-marker class ("so-called", "lol"), a phrase of its irony-alone class filling a
 *       clause of its own ("Lovely.", "Sure, …"), or scare quotes: one to three quoted words
 *       inside a sentence of the writer's own ("your 'process'").</li>
 * </ul>
 * Immutable.
 */
public final class TokenizedText {

    /** Words before which a new clause begins. */
    public static final Set<String> CLAUSE_OPENERS = Set.of("but", "although", "though", "however", "whereas",
            "while", "because", "unless");
    /**
     * Words that open a clause only when a subject follows: "so I wrote" and "yet we met" start
     * one, while "so grateful" and "not yet heard" are an intensifier and an adverb inside one.
     */
    private static final Set<String> OPENERS_BEFORE_A_SUBJECT = Set.of("so", "yet");
    private static final Set<String> SUBJECT_STARTS = Set.of("i", "we", "you", "he", "she", "they", "it", "this",
            "that", "there", "the", "my", "our", "your", "their", "i'm", "i've", "i'd", "i'll", "we're", "we've",
            "it's", "that's", "there's", "you're", "they're");
    private static final String SEPARATORS = ",;:-()";
    private static final String CLOSERS = ".!?\")";

    private final String norm;
    private final int[] starts;
    private final int[] ends;
    private final String[] lower;
    private final String[] stems;
    private final int[] sentence;
    private final int[] clause;
    private final boolean[] separator;
    private final int[] sentenceFrom;
    private final int[] sentenceTo;
    private final int[] closingFrom;
    private final boolean[] negated;
    private final boolean[] quoted;
    private final boolean[] ironic;
    /**
     * Whether each token is {@link #capitalised}: rules that name a capitalised word ask it of
     * nearly every token of a letter, many times over, so it is worked out once.
     */
    private final boolean[] capitalised;
    /** Hashes of the token prefixes, for {@link #windowHash}; made when first asked for. */
    private long[] prefixHashes;
    private long[] powers;

    private TokenizedText(String norm, int[] starts, int[] ends, String[] lower, String[] stems, int sentences) {
        this.norm = norm;
        this.starts = starts;
        this.ends = ends;
        this.lower = lower;
        this.stems = stems;
        int n = starts.length;
        this.sentence = new int[n];
        this.clause = new int[n];
        this.separator = new boolean[n];
        this.sentenceFrom = new int[sentences];
        this.sentenceTo = new int[sentences];
        this.closingFrom = new int[sentences];
        this.negated = new boolean[n];
        this.quoted = new boolean[n];
        this.ironic = new boolean[n];
        this.capitalised = new boolean[n];
        for (int t = 0; t < n; t++) {
            capitalised[t] = Character.isUpperCase(norm.codePointAt(starts[t])) && hasSmallLetter(t);
        }
    }

    /**
     * @param norm      the normalised letter (see {@link Normalizer})
     * @param sentences its sentences in order; every character that is not a space lies in one
     */
    public static TokenizedText of(String norm, List<Span> sentences) {
        return of(norm, sentences, Language.PLAIN);
    }

    /**
     * @param norm      the normalised letter (see {@link Normalizer})
     * @param sentences its sentences in order; every character that is not a space lies in one
     * @param language  the rubric's negation words, spelling map and irony markers
     */
    public static TokenizedText of(String norm, List<Span> sentences, Language language) {
        return of(norm, TokenScanner.scan(norm), sentences, language);
    }

    /** As {@link #of(String, List, Language)}, with where the tokens lie already found ({@link TokenScanner#scan}). */
    static TokenizedText of(String norm, int[][] bounds, List<Span> sentences, Language language) {
        int n = bounds[0].length;
        List<Span> cover = sentences.isEmpty() && n > 0 ? List.of(new Span(0, norm.length())) : sentences;
        String[] lower = new String[n];
        String[] stems = new String[n];
        Vocabulary vocabulary = new Vocabulary(norm, language.spellings());
        for (int i = 0; i < n; i++) {
            int entry = vocabulary.entry(bounds[0][i], bounds[1][i]);
            lower[i] = vocabulary.lower(entry);
            stems[i] = vocabulary.stem(entry);
        }
        TokenizedText t = new TokenizedText(norm, bounds[0], bounds[1], lower, stems, cover.size());
        t.placeInSentences(cover);
        t.cutClauses();
        new NegationScopes(t, language.negation()).mark(t.negated);
        List<Quotes.Passage> passages = new Quotes(t, norm).mark(t.quoted);
        new IronyMarkers(t, language, passages).mark(t.ironic);
        return t;
    }

    private void placeInSentences(List<Span> sentences) {
        Arrays.fill(sentenceFrom, -1);
        int s = 0;
        for (int i = 0; i < starts.length; i++) {
            while (s + 1 < sentences.size() && sentences.get(s).end() <= starts[i]) {
                s++;
            }
            sentence[i] = s;
            if (sentenceFrom[s] < 0) {
                sentenceFrom[s] = i;
            }
            sentenceTo[s] = i + 1;
        }
        for (int k = 0; k < sentenceFrom.length; k++) {
            if (sentenceFrom[k] < 0) { // no token: only when the sentences do not cover the text
                sentenceFrom[k] = k == 0 ? 0 : sentenceTo[k - 1];
                sentenceTo[k] = sentenceFrom[k];
            }
            int c = sentenceTo[k];
            while (c > sentenceFrom[k] && lower[c - 1].length() == 1 && CLOSERS.indexOf(lower[c - 1].charAt(0)) >= 0) {
                c--;
            }
            closingFrom[k] = c;
        }
    }

    private void cutClauses() {
        int current = -1;
        boolean afterSeparator = false;
        for (int i = 0; i < starts.length; i++) {
            boolean sep = lower[i].length() == 1 && SEPARATORS.indexOf(lower[i].charAt(0)) >= 0;
            boolean newSentence = i == 0 || sentence[i] != sentence[i - 1];
            if (newSentence || sep || afterSeparator || opensClause(i)) {
                current++;
            }
            clause[i] = current;
            separator[i] = sep;
            afterSeparator = sep;
        }
    }

    private boolean opensClause(int token) {
        if (CLAUSE_OPENERS.contains(lower[token])) {
            return true;
        }
        return OPENERS_BEFORE_A_SUBJECT.contains(lower[token]) && token + 1 < lower.length
                && sentence[token + 1] == sentence[token] && SUBJECT_STARTS.contains(lower[token + 1]);
    }

    public int size() {
        return starts.length;
    }

    public int start(int token) {
        return starts[token];
    }

    public int end(int token) {
        return ends[token];
    }

    public String lower(int token) {
        return lower[token];
    }

    /**
     * A hash of tokens {@code [from, to)} as written with their negated, quoted and ironic
     * flags, in constant time: two runs of the same tokens hash alike wherever they stand. A
     * long run of one word or mark ("I I I …") makes a pattern meet the same few tokens at
     * every start; the hash lets a matcher see that it has failed on these tokens before.
     */
    public long windowHash(int from, int to) {
        if (prefixHashes == null) {
            int n = starts.length;
            long[] hashes = new long[n + 1];
            long[] pow = new long[n + 1];
            pow[0] = 1;
            for (int t = 0; t < n; t++) {
                int flags = (negated[t] ? 1 : 0) | (quoted[t] ? 2 : 0) | (ironic[t] ? 4 : 0);
                long code = mix(writtenHash(t) * 8L + flags);
                hashes[t + 1] = hashes[t] * HASH_BASE + code;
                pow[t + 1] = pow[t] * HASH_BASE;
            }
            powers = pow;
            prefixHashes = hashes;
        }
        return prefixHashes[to] - prefixHashes[from] * powers[to - from];
    }

    private static final long HASH_BASE = 0x9E3779B97F4A7C15L;

    /** The token's {@link String#hashCode()} as written, without making the string. */
    private int writtenHash(int token) {
        int h = 0;
        for (int i = starts[token]; i < ends[token]; i++) {
            h = 31 * h + norm.charAt(i);
        }
        return h;
    }

    /** Spreads a token's code over 64 bits (the finaliser of SplitMix64). */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** The token as written: case kept, quotes and dashes normalised. */
    public String written(int token) {
        return norm.substring(starts[token], ends[token]);
    }

    /** Whether the token is written exactly {@code text} (case included; quotes and dashes normalised). */
    public boolean writtenAs(int token, String text) {
        int length = ends[token] - starts[token];
        return length == text.length() && norm.regionMatches(starts[token], text, 0, length);
    }

    /** A word whose first letter is a capital and which has a small letter too: Northwind, McKay, Globex's. */
    public boolean capitalised(int token) {
        return capitalised[token];
    }

    /** A word of two or more letters, all capitals: IBM, NHS, XXX. */
    public boolean allCapitals(int token) {
        int letters = 0;
        for (int i = starts[token]; i < ends[token]; i++) {
            char c = norm.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letters += Character.isUpperCase(c) ? 1 : 0;
        }
        return letters >= 2 && Character.isLetter(norm.charAt(starts[token]));
    }

    /** A word beginning with a letter: letters, digits, ' and - (not a mark, an e-mail address or a web address). */
    public boolean isWord(int token) {
        if (!Character.isLetter(norm.charAt(starts[token]))) {
            return false;
        }
        for (int i = starts[token]; i < ends[token]; i++) {
            char c = norm.charAt(i);
            if (!Character.isLetterOrDigit(c) && c != '\'' && c != '-' && Character.getType(c) != Character.NON_SPACING_MARK) {
                return false;
            }
        }
        return true;
    }

    private boolean hasSmallLetter(int token) {
        for (int i = starts[token]; i < ends[token]; i++) {
            char c = norm.charAt(i);
            if (Character.isLowerCase(c)) {
                return true;
            }
        }
        return false;
    }

    public String stem(int token) {
        return stems[token];
    }

    public int sentence(int token) {
        return sentence[token];
    }

    /** Clause numbers grow through the letter; two tokens share a clause when they share a number. */
    public int clause(int token) {
        return clause[token];
    }

    /** Whether the token is a mark that cuts clauses ({@code , ; : - ( )}). */
    public boolean separator(int token) {
        return separator[token];
    }

    /** Whether the token lies in a negation's scope ("I don't [think this was fair]"). */
    public boolean negated(int token) {
        return negated[token];
    }

    /** Whether the token stands between quotation marks (the marks themselves are not quoted). */
    public boolean quoted(int token) {
        return quoted[token];
    }

    /** Whether the token is part of an irony marker ("so-called", "Lovely.", scare quotes). */
    public boolean ironic(int token) {
        return ironic[token];
    }

    /** Whether the token is a word or a number (begins with a letter or digit), not a mark. */
    public boolean isWordOrNumber(int token) {
        return Character.isLetterOrDigit(lower[token].codePointAt(0));
    }

    public int sentenceCount() {
        return sentenceFrom.length;
    }

    /** The first token of the sentence. */
    public int sentenceFrom(int sentence) {
        return sentenceFrom[sentence];
    }

    /** One past the last token of the sentence. */
    public int sentenceTo(int sentence) {
        return sentenceTo[sentence];
    }

    /** Where the sentence's closing marks ({@code . ! ? " )}) begin; {@link #sentenceTo} when it has none. */
    public int closingFrom(int sentence) {
        return closingFrom[sentence];
    }

    /** The first token that starts at or after the offset (may equal {@link #size()}). */
    public int tokenFrom(int offset) {
        int i = Arrays.binarySearch(starts, offset);
        return i >= 0 ? i : -i - 1;
    }

    /** The tokens' text, for messages and tests. */
    public Span span(int from, int to) {
        return new Span(starts[from], ends[to - 1]);
    }
}
