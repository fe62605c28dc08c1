package com.followupcoach.scoring.group;

import static org.assertj.core.api.Assertions.assertThat;

import com.followupcoach.vocabulary.Criterion;
import com.followupcoach.vocabulary.Scenario;
import com.followupcoach.scoring.ScoringEngine;
import com.followupcoach.vocabulary.Status;
import com.followupcoach.scoring.rubric.Rubric;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A trainer's group of letters, scored side by side. */
class GroupScoringTest {

    private static final String THANKS_ONLY = "Dear Ms Grant,\n\nThank you for letting me know.\n\nBest wishes,\nMarcus";
    private static final String FULL = """
            Dear Ms Grant,

            Thank you for letting me know, and for your time at the interview. I'm disappointed, but I understand \
            your decision, and meeting the team made me even keener to work at Kestrel Logistics.

            Please keep me in mind for other openings. If you could share any feedback, I would be grateful. \
            You can reach me at marcus.dunn@example.com or on 07700 900331.

            Kind regards,
            Marcus Dunn
            """;

    private final GroupScoring scoring = new GroupScoring(new ScoringEngine(Rubric.builtIn()));

    @Test
    void labelsRunLikeSpreadsheetColumns() {
        assertThat(List.of(0, 1, 25, 26, 27, 51, 52, 701, 702)).map(LetterLabels::of)
                .containsExactly("A", "B", "Z", "AA", "AB", "AZ", "BA", "ZZ", "AAA");
    }

    @Test
    void eachLetterIsLabelledByItsPlaceAndReportsProgressAsItGoes() {
        List<Integer> progress = new ArrayList<>();
        GroupReport report = scoring.score(List.of(new GroupScoring.Entry(0, "a.txt", FULL),
                new GroupScoring.Entry(2, "c.txt", THANKS_ONLY)), Scenario.NONE, progress::add);

        assertThat(report.letters()).extracting(GroupLetter::label).containsExactly("A", "C");
        assertThat(report.letters()).extracting(GroupLetter::name).containsExactly("a.txt", "c.txt");
        assertThat(progress).containsExactly(1, 2);
        assertThat(report.criteria()).containsExactly(Criterion.values());
        assertThat(report.letters().get(0).score()).isGreaterThan(report.letters().get(1).score());
    }

    @Test
    void theHeatmapPutsTheCriteriaMissedByMostLettersFirstWithTheirCounts() {
        GroupReport report = scoring.score(List.of(new GroupScoring.Entry(0, "a", THANKS_ONLY),
                new GroupScoring.Entry(1, "b", THANKS_ONLY), new GroupScoring.Entry(2, "c", FULL)), Scenario.NONE);

        List<CriterionTally> rows = report.missedMost();

        assertThat(rows).hasSize(Criterion.values().length);
        for (int i = 1; i < rows.size(); i++) {
            CriterionTally before = rows.get(i - 1);
            CriterionTally after = rows.get(i);
            assertThat(before.missing() > after.missing()
                    || before.missing() == after.missing() && before.partial() >= after.partial()).isTrue();
        }
        CriterionTally contact = report.tally(Criterion.CONTACT_DETAILS);
        long missingContact = report.letters().stream().filter(l -> l.status(Criterion.CONTACT_DETAILS) == Status.MISSING).count();
        assertThat(contact.missing()).isEqualTo(missingContact).isGreaterThanOrEqualTo(2);
        assertThat(contact.met() + contact.partial() + contact.missing() + contact.notAssessed()).isEqualTo(3);
        assertThat(rows.get(0).missing()).isGreaterThanOrEqualTo(2);
        assertThat(report.tally(Criterion.GRATITUDE).missing()).isZero();
    }
}
