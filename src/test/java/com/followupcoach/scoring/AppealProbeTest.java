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
 * The thirteenth session's appeal probe ({@code probes/appeals-s13.txt}): 45 requests to reopen a
 * decision, written by someone who had not read the rules, and 25 look-alikes that are fine. The
 * phrase classes found 28 and flagged two look-alikes; the appeal told by its parts
 * ({@code appeal-by-its-parts}) was written after reading the misses, so this is a regression guard,
 * not a measure of reach. Each sentence stands in a short reply that thanks them for the news.
 */
class AppealProbeTest {

    private static final int APPEALS_FLAGGED_AT_LEAST = 41;

    @Test
    void theProbesAppealsBreakRealisticExpectations() throws IOException {
        List<String> appeals = lines("/probes/appeals-s13.txt");
        long flagged = appeals.stream().filter(AppealProbeTest::flagged).count();
        assertThat(appeals).hasSize(45);
        assertThat(flagged).as("appeals flagged of %d", appeals.size()).isGreaterThanOrEqualTo(APPEALS_FLAGGED_AT_LEAST);
    }

    @Test
    void theProbesLookAlikesKeepIt() throws IOException {
        List<String> nearMisses = lines("/probes/appeal-near-misses-s13.txt");
        assertThat(nearMisses).hasSize(25).noneMatch(AppealProbeTest::flagged);
    }

    private static boolean flagged(String sentence) {
        String reply = "Dear Sam,\n\nThank you for letting me know the outcome.\n\n" + sentence + "\n\nBest regards,\nAlex\n";
        return status(score(reply), Criterion.REALISTIC_EXPECTATIONS) != Status.MET;
    }

    private static List<String> lines(String resource) throws IOException {
        try (InputStream in = AppealProbeTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
        }
    }
}
