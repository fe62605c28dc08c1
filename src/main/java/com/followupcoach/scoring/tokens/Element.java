package com.followupcoach.scoring.tokens;

import com.followupcoach.scoring.text.TokenizedText;
import java.util.List;

/**
 * One element of a compiled token pattern. A token element is an alternation of words and
 * lexicons, perhaps negated ({@code !x}) or optional ({@code x?}), perhaps joined to further
 * tests the same single token must pass ({@code %cap&!mr|mrs}); the others are gaps, anchors,
 * the highlight's brackets and the braces of a part ({@code {late: ... }}).
 */
final class Element {

    enum Kind { TOKEN, CLAUSE_GAP, SENTENCE_GAP, START, END, OPEN, CLOSE, PART_OPEN, PART_CLOSE }

    /**
     * What the language layer says of a token, asked by a {@code :flag} after an element:
     * every token the element takes must have (or, for the {@code un-} forms, lack) it.
     */
    enum Flag {
        NEGATED("negated"), UNNEGATED("unnegated"), QUOTED("quoted"), UNQUOTED("unquoted"), IRONIC("ironic");

        final String written;

        Flag(String written) {
            this.written = written;
        }

        boolean holds(TokenizedText text, int token) {
            return switch (this) {
                case NEGATED -> text.negated(token);
                case UNNEGATED -> !text.negated(token);
                case QUOTED -> text.quoted(token);
                case UNQUOTED -> !text.quoted(token);
                case IRONIC -> text.ironic(token);
            };
        }
    }

    // Most of the rubric's tens of thousands of elements have no words, lexicons, flags or further
    // tests: they share one empty array of each instead of holding one apiece.
    private static final WordTest[] NO_WORDS = {};
    private static final Lexicon[] NO_LEXICONS = {};
    private static final Element[] NO_ELEMENTS = {};
    private static final Flag[] NO_FLAGS = {};

    final Kind kind;
    final WordTest[] words;
    final Lexicon[] lexicons;
    final boolean negated;
    boolean optional;
    /** The most tokens a gap may skip. */
    final int gap;
    /**
     * Further tests the same single token must pass ({@code a&b}); empty for a plain token
     * element. For a gap {@code ..N!x}: the one test no token it skips may pass.
     */
    Element[] also = NO_ELEMENTS;
    /** A part's name ({@code null} for an unnamed part {@code { ... }}) and number, for its braces. */
    String name;
    int part = -1;
    /** For a part's braces: the index of the other brace in the pattern. */
    int partner = -1;
    /** Attributes every token the element takes must show (none: any token will do as far as they go). */
    Flag[] flags = NO_FLAGS;
    /** A bare {@code :flag}: any one token with the flags. */
    boolean anyToken;

    private Element(Kind kind, WordTest[] words, Lexicon[] lexicons, boolean negated, boolean optional, int gap) {
        this.kind = kind;
        this.words = words;
        this.lexicons = lexicons;
        this.negated = negated;
        this.optional = optional;
        this.gap = gap;
    }

    /** The same token element, asking the language layer for the flags too. */
    Element withFlags(List<Flag> wanted) {
        Element e = new Element(kind, words, lexicons, negated, optional, gap);
        e.also = also;
        e.name = name;
        e.part = part;
        e.partner = partner;
        e.anyToken = anyToken;
        e.flags = wanted.isEmpty() ? NO_FLAGS : wanted.toArray(Flag[]::new);
        return e;
    }

    /** {@code :flag} alone: one token of any text that has the flags. */
    static Element anyToken(List<Flag> wanted, boolean optional) {
        Element e = new Element(Kind.TOKEN, NO_WORDS, NO_LEXICONS, false, optional, 0);
        e.flags = wanted.isEmpty() ? NO_FLAGS : wanted.toArray(Flag[]::new);
        e.anyToken = true;
        return e;
    }

    /** Whether every one of the {@code count} tokens from {@code token} has the element's flags. */
    boolean flagsHold(TokenizedText text, int token, int count) {
        for (Flag f : flags) {
            for (int k = token; k < token + count; k++) {
                if (!f.holds(text, k)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The opening brace of a part; {@code optional} (written {@code }?}) is set on both braces. */
    static Element partBrace(Kind kind, String name, boolean optional) {
        Element e = new Element(kind, NO_WORDS, NO_LEXICONS, false, optional, 0);
        e.name = name;
        return e;
    }

    static Element conjunction(Element first, List<Element> more, boolean optional) {
        Element e = new Element(Kind.TOKEN, first.words, first.lexicons, first.negated, optional, 0);
        e.also = more.isEmpty() ? NO_ELEMENTS : more.toArray(Element[]::new);
        return e;
    }

    static Element token(List<WordTest> words, List<Lexicon> lexicons, boolean negated, boolean optional) {
        return new Element(Kind.TOKEN, words.isEmpty() ? NO_WORDS : words.toArray(WordTest[]::new),
                lexicons.isEmpty() ? NO_LEXICONS : lexicons.toArray(Lexicon[]::new), negated, optional, 0);
    }

    static Element gap(Kind kind, int max) {
        return new Element(kind, NO_WORDS, NO_LEXICONS, false, false, max);
    }

    static Element mark(Kind kind) {
        return new Element(kind, NO_WORDS, NO_LEXICONS, false, false, 0);
    }

    /** Whether the element always takes at least one token. */
    boolean required() {
        return kind == Kind.TOKEN && !optional;
    }

    /** The most tokens the element can take. */
    int widest() {
        return switch (kind) {
            case TOKEN -> {
                if (also.length > 0) {
                    yield 1;
                }
                int w = 1;
                for (Lexicon l : lexicons) {
                    w = Math.max(w, l.longest());
                }
                yield w;
            }
            case CLAUSE_GAP, SENTENCE_GAP -> gap;
            default -> 0;
        };
    }

    /** The longest lexicon entry among the alternatives (0 without lexicons). */
    int longestEntry() {
        int w = 0;
        for (Lexicon l : lexicons) {
            w = Math.max(w, l.longest());
        }
        for (Element a : also) {
            w = Math.max(w, a.longestEntry());
        }
        return w;
    }

    /**
     * For a conjunction {@code a&b}: whether the one token passes every test (each taken as one
     * token: a lexicon's one-word entries; a negated test: nothing of it starts there).
     */
    boolean allAt(TokenizedText text, int token, int limit, boolean[] scratch) {
        if (token >= limit || !oneAt(text, token, limit, scratch)) {
            return false;
        }
        for (Element a : also) {
            if (!a.oneAt(text, token, limit, scratch)) {
                return false;
            }
        }
        return true;
    }

    private boolean oneAt(TokenizedText text, int token, int limit, boolean[] scratch) {
        int best = lengthsAt(text, token, limit, scratch);
        boolean one = scratch[1];
        java.util.Arrays.fill(scratch, 0, best + 1, false);
        return negated ? best == 0 : one;
    }

    /** The element's own test and those joined to it with {@code &} (or a gap's {@code !x}). */
    List<Element> sides() {
        List<Element> out = new java.util.ArrayList<>();
        out.add(this);
        out.addAll(List.of(also));
        return out;
    }

    /** The test whose words can be indexed as the token's first word: itself, or a positive side of a conjunction. */
    Element positiveSide() {
        if (!negated) {
            return this;
        }
        for (Element a : also) {
            if (!a.negated) {
                return a;
            }
        }
        return null;
    }

    /**
     * Marks {@code lengths[n]} for each n the alternatives can take from {@code token} (one for a
     * word, an entry's length for a lexicon), without the negation. The lexicons are read
     * through the letter's memo, so each is looked up once per token for all patterns.
     *
     * @param limit the end of the token's sentence, the only limit the memo is valid for
     * @param memos {@code memos[k]} the memo of {@code lexicons[k]}, null where its entries are too long for one
     * @return the longest, 0 when none matches
     */
    int lengthsAt(TokenizedText text, int token, int limit, boolean[] lengths, LexiconMemo memo, short[][] memos) {
        if (token >= limit) {
            return 0;
        }
        if (anyToken) {
            boolean fits = flagsHold(text, token, 1);
            lengths[1] = fits;
            return fits ? 1 : 0;
        }
        int best = alternativesAt(text, token, limit, lengths, memo, memos);
        return flags.length == 0 ? best : withoutFlagless(text, token, best, lengths);
    }

    /** As above, reading the lexicons directly (the sides of a conjunction, a gap's exclusion). */
    int lengthsAt(TokenizedText text, int token, int limit, boolean[] lengths) {
        return lengthsAt(text, token, limit, lengths, null, null);
    }

    /** The words' and lexicons' lengths at the token, before any flag is asked. */
    private int alternativesAt(TokenizedText text, int token, int limit, boolean[] lengths, LexiconMemo memo,
                               short[][] memos) {
        int best = 0;
        for (WordTest w : words) {
            if (w.test(text, token)) {
                lengths[1] = true;
                best = 1;
                break;
            }
        }
        for (int k = 0; k < lexicons.length; k++) {
            short[] slots = memos == null ? null : memos[k];
            if (slots == null) {
                best = Math.max(best, lexicons[k].lengthsAt(text, token, limit, lengths));
                continue;
            }
            int bits = memo.lengths(lexicons[k], slots, token, limit) >>> 1;
            for (int n = 1; bits != 0; n++, bits >>>= 1) {
                if ((bits & 1) != 0) {
                    lengths[n] = true;
                    best = Math.max(best, n);
                }
            }
        }
        return best;
    }

    /** Unmarks the lengths whose tokens lack a flag; the longest that is left. */
    private int withoutFlagless(TokenizedText text, int token, int best, boolean[] lengths) {
        int kept = 0;
        for (int n = 1; n <= best; n++) {
            if (lengths[n] && !flagsHold(text, token, n)) {
                lengths[n] = false;
            }
            if (lengths[n]) {
                kept = n;
            }
        }
        return kept;
    }

    /** For {@code !x}: whether no alternative starts at the token, and the token has the flags. */
    boolean noneAt(TokenizedText text, int token, int limit, boolean[] scratch, LexiconMemo memo, short[][] memos) {
        int best = alternativesAt(text, token, limit, scratch, memo, memos);
        java.util.Arrays.fill(scratch, 0, Math.max(best, 1) + 1, false);
        return best == 0 && flagsHold(text, token, 1);
    }

    /**
     * Adds what the element's first token may be to an index, under the pattern's id: its words
     * (or those of a conjunction's positive side), and its lexicons' first words unless
     * {@code lexiconsOut} takes the lexicons themselves.
     */
    void indexFirst(WordIndex index, int id, List<Lexicon> lexiconsOut) {
        Element side = positiveSide();
        for (WordTest w : side.words) {
            index.add(w, id);
        }
        for (Lexicon l : side.lexicons) {
            if (lexiconsOut == null) {
                l.indexFirstWords(index, id);
            } else {
                lexiconsOut.add(l);
            }
        }
    }
}
