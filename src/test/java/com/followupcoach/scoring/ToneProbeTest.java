package com.followupcoach.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.followupcoach.vocabulary.Criterion;
import java.io.IOException;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * The fourteenth session's tone probe ({@code probes/tone-harmful-s14.txt}): 70 sentences that harm a
 * letter's tone in ten ways, written by someone who had not read the rules, and 35 calm look-alikes
 * that share their words. The rules before it found 36 and flagged none of the look-alikes; six
 * classes (a warning about what others will hear, regret foretold, an outcome settled in advance,
 * the panel or the hire belittled, begging or grovelling, the cost held up as a debt) and a seventh
 * for quiet sarcasm (praise for what hurt) were written after reading the misses, so this is a
 * regression guard, not a measure of reach.
 */
class ToneProbeTest {

    private static final int HARMFUL_FLAGGED_AT_LEAST = 63;
    private static final Predicate<String> FLAGGED = sentence -> ProbeSentences.breaks(sentence, Criterion.TONE);

    @Test
    void theProbesHarmfulSentencesWeakenTheTone() throws IOException {
        List<String> harmful = ProbeSentences.lines("/probes/tone-harmful-s14.txt");
        long flagged = harmful.stream().filter(FLAGGED).count();
        assertThat(harmful).hasSize(70);
        assertThat(flagged).as("harmful sentences flagged of %d", harmful.size())
                .isGreaterThanOrEqualTo(HARMFUL_FLAGGED_AT_LEAST);
    }

    @Test
    void theProbesCalmLookAlikesKeepIt() throws IOException {
        List<String> calm = ProbeSentences.lines("/probes/tone-calm-s14.txt");
        assertThat(calm).hasSize(35).noneMatch(FLAGGED);
    }
}
