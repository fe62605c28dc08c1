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
 * The thirteenth session's demand probe ({@code probes/demands-s13.txt}): 40 demands for the reasons
 * of a rejection, written by someone who had not read the rules, and 25 polite requests for the
 * reasons that leave the employer free to decline, or thanks for reasons given. The rules before it
 * found 14 and flagged four polite requests; the demand by its parts ({@code
 * demands-reasons-by-its-parts}) and the softeners in {@code asks-why-not-chosen-words} were written
 * after reading the misses, so this is a regression guard, not a measure of reach.
 */
class DemandProbeTest {

    private static final int DEMANDS_FLAGGED_AT_LEAST = 34;

    @Test
    void theProbesDemandsBreakRealisticExpectations() throws IOException {
        List<String> demands = lines("/probes/demands-s13.txt");
        long flagged = demands.stream().filter(DemandProbeTest::flagged).count();
        assertThat(demands).hasSize(40);
        assertThat(flagged).as("demands flagged of %d", demands.size()).isGreaterThanOrEqualTo(DEMANDS_FLAGGED_AT_LEAST);
    }

    @Test
    void theProbesLookAlikesKeepIt() throws IOException {
        List<String> nearMisses = lines("/probes/demand-near-misses-s13.txt");
        assertThat(nearMisses).hasSize(25).noneMatch(DemandProbeTest::flagged);
    }

    private static boolean flagged(String sentence) {
        String reply = "Dear Sam,\n\nThank you for letting me know the outcome.\n\n" + sentence + "\n\nBest regards,\nAlex\n";
        return status(score(reply), Criterion.REALISTIC_EXPECTATIONS) != Status.MET;
    }

    private static List<String> lines(String resource) throws IOException {
        try (InputStream in = DemandProbeTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
        }
    }
}
