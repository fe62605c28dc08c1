package com.followupcoach.scoring;

import com.followupcoach.vocabulary.Criterion;

/**
 * The fourteenth session's tone probe ({@code probes/tone-harmful-s14.txt}): 70 sentences that harm a
 * letter's tone in ten ways, written by someone who had not read the rules, and 35 calm look-alikes
 * that share their words. The rules before it found 36 and flagged none of the look-alikes; six
 * classes (a warning about what others will hear, regret foretold, an outcome settled in advance,
 * the panel or the hire belittled, begging or grovelling, the cost held up as a debt) and a seventh
 * for quiet sarcasm (praise for what hurt) were written after reading the misses, so this is a
 * regression guard, not a measure of reach.
 */
class ToneProbeTest extends ProbeGuard {

    private static final int HARMFUL_FLAGGED_AT_LEAST = 63;

    ToneProbeTest() {
        super("/probes/tone-harmful-s14.txt", 70, HARMFUL_FLAGGED_AT_LEAST, "/probes/tone-calm-s14.txt", 35,
                sentence -> ProbeSentences.breaks(sentence, Criterion.TONE));
    }
}
