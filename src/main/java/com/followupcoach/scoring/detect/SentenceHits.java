package com.followupcoach.scoring.detect;

/**
 * The token-pattern matches of one sentence, in token numbers counted from the sentence's
 * first token: for the i-th pattern that matched ({@code patterns[i]}, an index into the rule
 * set's token patterns), each match in {@code spans[i]} as its highlight's {@code from, to}
 * followed by {@code from, to} of each of the pattern's parts (-1, -1 for a part left out).
 * Never changed once made, so one may be shared by every letter that has the sentence.
 */
record SentenceHits(int[] patterns, int[][] spans) {

    static final SentenceHits NONE = new SentenceHits(new int[0], new int[0][]);
}
