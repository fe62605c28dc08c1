package com.followupcoach.scoring;

import com.followupcoach.vocabulary.Criterion;

/**
 * The thirteenth session's alternate-positions probe ({@code probes/alternate-requests-s13.txt}): 45
 * requests to be considered for or told about other or future work, written by someone who had not
 * read the rules, and 25 look-alikes (this same job asked again, other roles the writer holds, the
 * writer's own plans, contact declined). The rules before it found 39 and took two look-alikes for
 * requests; other work asked by its parts ({@code asks-other-work-by-its-parts}) was written after
 * reading the misses, so this is a regression guard, not a measure of reach.
 */
class AlternateProbeTest extends ProbeGuard {

    private static final int REQUESTS_FOUND_AT_LEAST = 43;

    AlternateProbeTest() {
        super("/probes/alternate-requests-s13.txt", 45, REQUESTS_FOUND_AT_LEAST, "/probes/alternate-near-misses-s13.txt", 25,
                sentence -> ProbeSentences.makes(sentence, Criterion.ALTERNATE_POSITIONS));
    }
}
