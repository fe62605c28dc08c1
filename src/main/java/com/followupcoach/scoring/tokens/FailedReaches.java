package com.followupcoach.scoring.tokens;

/**
 * The reaches ({@link TokenMatcher}'s signatures of the tokens a match could look at) from
 * which patterns failed in one letter, shared by the matchers made with one {@link LexiconMemo}.
 * A start whose reach looks exactly like one from which the same pattern failed fails too,
 * wherever it stands, so a sentence that repeats itself is matched about once per distinct
 * reach: a megabyte repeating one letter's words without a full stop (one sentence of 190,000
 * tokens) offered each pattern the same few hundred reaches again and again, and trying them
 * again was most of its matching. It is a cache, not a record: a table of a fixed size in which
 * a later failure may take an earlier one's place, so a forgotten failure only costs a try, and
 * a letter's memory stays bounded (at most {@value #MOST_SLOTS} slots) whatever its length.
 * Only long sentences use it ({@link #FROM_TOKENS}). One thread at a time.
 */
final class FailedReaches {

    /**
     * From how many tokens a sentence's failures are kept here. A shorter sentence that repeats
     * is the engine's cache of sentences' to catch (it keeps sentences up to this length), and a
     * letter's sentences are far shorter: there the look-ups would cost about a fifth more
     * matching (a random slot of a large table per start) and save nothing.
     */
    static final int FROM_TOKENS = 256;
    static final int MOST_SLOTS = 1 << 16;

    private final long[] keys;
    private final int mask;

    /** @param tokens the letter's tokens: a few slots each, so a short letter's table is small */
    FailedReaches(int tokens) {
        int slots = Integer.highestOneBit(Math.max(256, Math.min(MOST_SLOTS, tokens * 4)) * 2 - 1);
        this.keys = new long[slots];
        this.mask = slots - 1;
    }

    /** A matcher's own number, spread over 64 bits: what sets its failures apart from other patterns'. */
    static long salt(int matcher) {
        return mix(matcher + 1L);
    }

    boolean contains(long salt, long reach) {
        long key = mix(reach ^ salt);
        return key != 0 && keys[(int) key & mask] == key;
    }

    void add(long salt, long reach) {
        long key = mix(reach ^ salt);
        keys[(int) key & mask] = key; // 0 marks a free slot: such a key is simply not kept
    }

    /** The finaliser of SplitMix64: a bijection, so distinct matchers get distinct salts. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
