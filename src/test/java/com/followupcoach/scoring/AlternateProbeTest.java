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
 * The thirteenth session's alternate-positions probe ({@code probes/alternate-requests-s13.txt}): 45
 * requests to be considered for or told about other or future work, written by someone who had not
 * read the rules, and 25 look-alikes (this same job asked again, other roles the writer holds, the
 * writer's own plans, contact declined). The rules before it found 39 and took two look-alikes for
 * requests; other work asked by its parts ({@code asks-other-work-by-its-parts}) was written after
 * reading the misses, so this is a regression guard, not a measure of reach.
 */
class AlternateProbeTest {

    private static final int REQUESTS_FOUND_AT_LEAST = 43;

    @Test
    void theProbesRequestsAreFound() throws IOException {
        List<String> requests = lines("/probes/alternate-requests-s13.txt");
        long found = requests.stream().filter(AlternateProbeTest::asksForOtherWork).count();
        assertThat(requests).hasSize(45);
        assertThat(found).as("requests found of %d", requests.size()).isGreaterThanOrEqualTo(REQUESTS_FOUND_AT_LEAST);
    }

    @Test
    void theProbesLookAlikesAreNot() throws IOException {
        List<String> nearMisses = lines("/probes/alternate-near-misses-s13.txt");
        assertThat(nearMisses).hasSize(25).noneMatch(AlternateProbeTest::asksForOtherWork);
    }

    private static boolean asksForOtherWork(String sentence) {
        String reply = "Dear Sam,\n\nThank you for letting me know the outcome.\n\n" + sentence + "\n\nBest regards,\nAlex\n";
        Status status = status(score(reply), Criterion.ALTERNATE_POSITIONS);
        return status == Status.MET || status == Status.PARTIAL;
    }

    private static List<String> lines(String resource) throws IOException {
        try (InputStream in = AlternateProbeTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
        }
    }
}
