package com.followupcoach.scoring;

import static com.followupcoach.scoring.ScoringEngineTest.score;
import static com.followupcoach.scoring.ScoringEngineTest.status;
import static org.assertj.core.api.Assertions.assertThat;

import com.followupcoach.vocabulary.Criterion;
import com.followupcoach.vocabulary.Status;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The thirteenth session's feedback probe ({@code probes/feedback-requests-s13.txt}): 45 polite
 * requests for feedback, only three of them with the word, written by someone who had not read the
 * rules, and 25 look-alikes (feedback thanked for, offered, given at work; the writer's own
 * reflection). The rules before it found 23 and took two look-alikes for requests; feedback asked
 * by its parts ({@code asks-feedback-by-its-parts}) was written after reading the misses, so this is
 * a regression guard, not a measure of reach. Each sentence stands in a short reply that thanks them
 * for the news.
 */
class FeedbackProbeTest {

    private static final int REQUESTS_FOUND_AT_LEAST = 38;

    @Test
    void theProbesRequestsAreFound() throws IOException {
        List<String> requests = lines("/probes/feedback-requests-s13.txt");
        long found = requests.stream().filter(FeedbackProbeTest::asksForFeedback).count();
        assertThat(requests).hasSize(45);
        assertThat(found).as("requests found of %d", requests.size()).isGreaterThanOrEqualTo(REQUESTS_FOUND_AT_LEAST);
    }

    @Test
    void theProbesLookAlikesAreNot() throws IOException {
        List<String> nearMisses = lines("/probes/feedback-near-misses-s13.txt");
        assertThat(nearMisses).hasSize(25).noneMatch(FeedbackProbeTest::asksForFeedback);
    }

    private static boolean asksForFeedback(String sentence) {
        String reply = "Dear Sam,\n\nThank you for letting me know the outcome.\n\n" + sentence + "\n\nBest regards,\nAlex\n";
        Status status = status(score(reply), Criterion.FEEDBACK_REQUEST);
        return status == Status.MET || status == Status.PARTIAL;
    }

    private static List<String> lines(String resource) throws IOException {
        try (InputStream in = FeedbackProbeTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
        }
    }
}
