package com.followupcoach.scoring;

import com.followupcoach.vocabulary.Criterion;

/**
 * The fifteenth session's rebuttal probe ({@code probes/tone-rebuttals-s15.txt}): 80 sentences that argue with
 * the decision, most of them politely, written by someone who had not read the rules, and 50 calm look-alikes
 * that share their words. The rules before it found 23 (33 with the tone policy of the session's start, when a
 * polite appeal counted as a tone problem) and flagged one look-alike; eight tone rules (the record overlooked,
 * the reasons contradicted, the person chosen outdone, the writer the best, the panel said to have
 * misunderstood, the result said not to do the writer justice, an error claimed, qualifications cited for a
 * reversal) were written after reading the misses, so this is a regression guard, not a measure of reach.
 */
class RebuttalProbeTest extends ProbeGuard {

    private static final int REBUTTALS_FLAGGED_AT_LEAST = 65;

    RebuttalProbeTest() {
        super("/probes/tone-rebuttals-s15.txt", 80, REBUTTALS_FLAGGED_AT_LEAST, "/probes/tone-rebuttal-calm-s15.txt",
                50, sentence -> ProbeSentences.breaks(sentence, Criterion.TONE));
    }
}
