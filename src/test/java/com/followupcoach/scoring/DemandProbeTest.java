package com.followupcoach.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.followupcoach.vocabulary.Criterion;
import java.io.IOException;
import java.util.List;
import java.util.function.Predicate;
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
    private static final Predicate<String> FLAGGED =
            sentence -> ProbeSentences.breaks(sentence, Criterion.REALISTIC_EXPECTATIONS);

    @Test
    void theProbesDemandsBreakRealisticExpectations() throws IOException {
        List<String> demands = ProbeSentences.lines("/probes/demands-s13.txt");
        long flagged = demands.stream().filter(FLAGGED).count();
        assertThat(demands).hasSize(40);
        assertThat(flagged).as("demands flagged of %d", demands.size())
                .isGreaterThanOrEqualTo(DEMANDS_FLAGGED_AT_LEAST);
    }

    @Test
    void theProbesLookAlikesKeepIt() throws IOException {
        List<String> nearMisses = ProbeSentences.lines("/probes/demand-near-misses-s13.txt");
        assertThat(nearMisses).hasSize(25).noneMatch(FLAGGED);
    }
}
