package com.followupcoach.scoring.tokens;

import com.followupcoach.scoring.text.TokenizedText;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Which entry lengths of each lexicon start at each token of one letter, found once and shared
 * by every pattern run over that letter. About 25 patterns may begin at "I", and each used to
 * look the same lexicons up again at the same token: in a megabyte of "I I I" that repeated
 * look-up was most of the cost. A lexicon's memo is one {@code short} per token (bit n: an
 * entry of n words matches there; bit 0: known), made the first time a pattern asks about that
 * lexicon, so a letter pays only for the lexicons its patterns reach. The patterns' matchers
 * made with one memo also share where they failed ({@link FailedReaches}). One thread at a time.
 */
public final class LexiconMemo {

    /** Entries longer than this do not fit in the bits; such a lexicon is looked up every time. */
    static final int LONGEST = 14;
    static final short KNOWN = 1;

    private final TokenizedText text;
    private final Map<Lexicon, short[]> byLexicon = new IdentityHashMap<>();
    private final boolean[] scratch = new boolean[LONGEST + 2];

    /** The first token the memo covers, and how many from it. */
    private final int offset;
    private final int covered;

    public LexiconMemo(TokenizedText text) {
        this(text, 0, text.size());
    }

    /**
     * A memo of the tokens {@code [from, to)} alone: the second half of a long sentence, matched
     * on another thread, asks about no token before its first and none past the sentence's end,
     * and a memo of the whole letter made each lexicon's slots twice (tens of megabytes in a
     * megabyte of "I I I").
     */
    public LexiconMemo(TokenizedText text, int from, int to) {
        this.text = text;
        this.offset = from;
        this.covered = to - from;
    }

    public TokenizedText text() {
        return text;
    }

    private boolean[] repeats;
    private int repeatsFrom;
    private FailedReaches failed;
    private int matchers;

    /** Where the matchers made with this memo keep the reaches they failed from (made when first asked for). */
    FailedReaches failedReaches() {
        if (failed == null) {
            failed = new FailedReaches(covered);
        }
        return failed;
    }

    /** A number for a new matcher of this memo, none the same. */
    int newMatcher() {
        return matchers++;
    }

    /**
     * The sentence about to be matched, with {@link TokenMatcher#repeatsPrevious} of it: at a
     * token whose reach repeats the token before it, every lexicon finds what it found there.
     */
    public void inSentence(boolean[] repeats, int from) {
        this.repeats = repeats;
        this.repeatsFrom = from;
    }

    /**
     * Whether the token's reach repeats that of the token before it in the sentence given to
     * {@link #inSentence} (false outside it, or when none was given).
     */
    boolean repeatsPrevious(int token) {
        if (repeats == null) {
            return false;
        }
        int k = token - repeatsFrom;
        return k > 0 && k < repeats.length && repeats[k];
    }

    /** The lexicon's memo, one slot per token covered; null when its entries are too long for it. */
    short[] of(Lexicon lexicon) {
        if (lexicon.longest() > LONGEST) {
            return null;
        }
        return byLexicon.computeIfAbsent(lexicon, l -> new short[covered]);
    }

    /**
     * Whether an entry of the lexicon matches from the token.
     *
     * @param memo the lexicon's memo from {@link #of}; null when it has none
     * @param limit one past the last token of the token's sentence
     */
    boolean matchesAt(Lexicon lexicon, short[] memo, int token, int limit) {
        if (memo != null) {
            return lengths(lexicon, memo, token, limit) != KNOWN;
        }
        return lexicon.lengthsAt(text, token, limit, new boolean[lexicon.longest() + 1]) > 0;
    }

    /**
     * The entry lengths of the lexicon at the token, as bits, looked up once.
     *
     * @param limit one past the last token of the token's sentence (the only limit matchers use)
     */
    int lengths(Lexicon lexicon, short[] memo, int token, int limit) {
        int slot = token - offset;
        int bits = memo[slot];
        if (bits == 0 && repeats != null) {
            int k = token - repeatsFrom;
            if (k > 0 && k < repeats.length && repeats[k] && slot > 0 && memo[slot - 1] != 0) {
                bits = memo[slot - 1];
                memo[slot] = (short) bits;
            }
        }
        if (bits == 0) {
            int longest = lexicon.lengthsAt(text, token, limit, scratch);
            bits = KNOWN;
            for (int n = 1; n <= longest; n++) {
                if (scratch[n]) {
                    bits |= 1 << n;
                    scratch[n] = false;
                }
            }
            memo[slot] = (short) bits;
        }
        return bits;
    }
}
