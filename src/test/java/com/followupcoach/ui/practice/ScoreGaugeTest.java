package com.followupcoach.ui.practice;

import static org.assertj.core.api.Assertions.assertThat;

import com.followupcoach.vocabulary.Criterion;
import com.followupcoach.vocabulary.CriterionResult;
import com.followupcoach.vocabulary.Critique;
import com.followupcoach.vocabulary.Readability;
import com.followupcoach.vocabulary.Status;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScoreGaugeTest {

    @Test
    void theUncappedScoreIsTheShareOfPointsOverAssessedCriteria() {
        Critique critique = new Critique(35, 90, List.of(
                new CriterionResult(Criterion.GRATITUDE, Status.MET, 12, 12, "", "why-follow-up"),
                new CriterionResult(Criterion.TONE, Status.MISSING, 0, 10, "", "asking-for-feedback"),
                new CriterionResult(Criterion.TIMING, Status.NOT_ASSESSED, 0, 0, "", "timing")),
                List.of(), new Readability(60, 8));

        assertThat(ScoreGauge.uncapped(critique)).isEqualTo(55);
    }
}
