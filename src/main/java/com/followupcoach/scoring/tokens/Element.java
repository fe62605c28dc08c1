package com.followupcoach.scoring.tokens;

import com.followupcoach.scoring.text.TokenizedText;
import java.util.List;

/**
 * One element of a compiled token pattern. A token element is an alternation of words and
 * lexicons, perhaps negated ({@code !x}) or optional ({@code x?}); the others are gaps,
 * anchors and the highlight's brackets.
 */
final class Element {

    enum Kind { TOKEN, CLAUSE_GAP, SENTENCE_GAP, START, END, OPEN, CLOSE }

    final Kind kind;
    final WordTest[] words;
    final Lexicon[] lexicons;
    final boolean negated;
    final boolean optional;
    /** The most tokens a gap may skip. */
    final int gap;

    private Element(Kind kind, WordTest[] words, Lexicon[] lexicons, boolean negated, boolean optional, int gap) {
        this.kind = kind;
        this.words = words;
        this.lexicons = lexicons;
        this.negated = negated;
        this.optional = optional;
        this.gap = gap;
    }

    static Element token(List<WordTest> words, List<Lexicon> lexicons, boolean negated, boolean optional) {
        return new Element(Kind.TOKEN, words.toArray(WordTest[]::new), lexicons.toArray(Lexicon[]::new), negated,
                optional, 0);
    }

    static Element gap(Kind kind, int max) {
        return new Element(kind, new WordTest[0], new Lexicon[0], false, false, max);
    }

    static Element mark(Kind kind) {
        return new Element(kind, new WordTest[0], new Lexicon[0], false, false, 0);
    }

    /** Whether the element always takes at least one token. */
    boolean required() {
        return kind == Kind.TOKEN && !optional;
    }

    /** The most tokens the element can take. */
    int widest() {
        return switch (kind) {
            case TOKEN -> {
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
        return w;
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

    /** For {@code !x}: whether no alternative starts at the token. */
    boolean noneAt(TokenizedText text, int token, int limit, boolean[] scratch, LexiconMemo memo, short[][] memos) {
        int best = lengthsAt(text, token, limit, scratch, memo, memos);
        java.util.Arrays.fill(scratch, 0, best + 1, false);
        return best == 0;
    }

    /**
     * Adds what the element's first token may be to an index, under the pattern's id: its words,
     * and its lexicons' first words unless {@code lexiconsOut} takes the lexicons themselves.
     */
    void indexFirst(WordIndex index, int id, List<Lexicon> lexiconsOut) {
        for (WordTest w : words) {
            index.add(w, id);
        }
        for (Lexicon l : lexicons) {
            if (lexiconsOut == null) {
                l.indexFirstWords(index, id);
            } else {
                lexiconsOut.add(l);
            }
        }
    }
}
