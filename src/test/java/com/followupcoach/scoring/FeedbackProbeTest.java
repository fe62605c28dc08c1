package com.followupcoach.scoring;

import com.followupcoach.vocabulary.Criterion;

/**
 * The thirteenth session's feedback probe ({@code probes/feedback-requests-s13.txt}): 45 polite
 * requests for feedback, only three of them with the word, written by someone who had not read the
 * rules, and 25 look-alikes (feedback thanked for, offered, given at work; the writer's own
 * reflection). The rules before it found 23 and took two look-alikes for requests; feedback asked
 * by its parts ({@code asks-feedback-by-its-parts}) was written after reading the misses, so this is
 * a regression guard, not a measure of reach. Each sentence stands in a short reply that thanks them
 * for the news.
 */
class FeedbackProbeTest extends ProbeGuard {

    private static final int REQUESTS_FOUND_AT_LEAST = 38;

    FeedbackProbeTest() {
        super("/probes/feedback-requests-s13.txt", 45, REQUESTS_FOUND_AT_LEAST, "/probes/feedback-near-misses-s13.txt", 25,
                sentence -> ProbeSentences.makes(sentence, Criterion.FEEDBACK_REQUEST));
    }
}
