package com.followupcoach.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.followupcoach.vocabulary.Criterion;
import java.io.IOException;
import java.util.List;
import java.util.function.Predicate;
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
    private static final Predicate<String> FLAGGED =
            sentence -> ProbeSentences.breaks(sentence, Criterion.REALISTIC_EXPECTATIONS);

    @Test
    void theProbesAppealsBreakRealisticExpectations() throws IOException {
        List<String> appeals = ProbeSentences.lines("/probes/appeals-s13.txt");
        long flagged = appeals.stream().filter(FLAGGED).count();
        assertThat(appeals).hasSize(45);
        assertThat(flagged).as("appeals flagged of %d", appeals.size())
                .isGreaterThanOrEqualTo(APPEALS_FLAGGED_AT_LEAST);
    }

    @Test
    void theProbesLookAlikesKeepIt() throws IOException {
        List<String> nearMisses = ProbeSentences.lines("/probes/appeal-near-misses-s13.txt");
        assertThat(nearMisses).hasSize(25).noneMatch(FLAGGED);
    }
}
