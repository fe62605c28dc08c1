package com.followupcoach.scoring;

import com.followupcoach.vocabulary.Criterion;

/**
 * The thirteenth session's appeal probe ({@code probes/appeals-s13.txt}): 45 requests to reopen a
 * decision, written by someone who had not read the rules, and 25 look-alikes that are fine. The
 * phrase classes found 28 and flagged two look-alikes; the appeal told by its parts
 * ({@code appeal-by-its-parts}) was written after reading the misses, so this is a regression guard,
 * not a measure of reach. Each sentence stands in a short reply that thanks them for the news.
 */
class AppealProbeTest extends ProbeGuard {

    private static final int APPEALS_FLAGGED_AT_LEAST = 41;

    AppealProbeTest() {
        super("/probes/appeals-s13.txt", 45, APPEALS_FLAGGED_AT_LEAST, "/probes/appeal-near-misses-s13.txt", 25,
                sentence -> ProbeSentences.breaks(sentence, Criterion.REALISTIC_EXPECTATIONS));
    }
}
