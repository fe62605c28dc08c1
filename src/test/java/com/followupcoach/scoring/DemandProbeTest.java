package com.followupcoach.scoring;

import com.followupcoach.vocabulary.Criterion;

/**
 * The thirteenth session's demand probe ({@code probes/demands-s13.txt}): 40 demands for the reasons
 * of a rejection, written by someone who had not read the rules, and 25 polite requests for the
 * reasons that leave the employer free to decline, or thanks for reasons given. The rules before it
 * found 14 and flagged four polite requests; the demand by its parts ({@code
 * demands-reasons-by-its-parts}) and the softeners in {@code asks-why-not-chosen-words} were written
 * after reading the misses, so this is a regression guard, not a measure of reach.
 */
class DemandProbeTest extends ProbeGuard {

    private static final int DEMANDS_FLAGGED_AT_LEAST = 34;

    DemandProbeTest() {
        super("/probes/demands-s13.txt", 40, DEMANDS_FLAGGED_AT_LEAST, "/probes/demand-near-misses-s13.txt", 25,
                sentence -> ProbeSentences.breaks(sentence, Criterion.REALISTIC_EXPECTATIONS));
    }
}
