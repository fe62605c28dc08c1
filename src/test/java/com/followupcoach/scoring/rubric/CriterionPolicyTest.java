package com.followupcoach.scoring.rubric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.followupcoach.scoring.ScoringEngine;
import com.followupcoach.vocabulary.Criterion;
import com.followupcoach.vocabulary.Medium;
import com.followupcoach.vocabulary.CriterionResult;
import com.followupcoach.vocabulary.Scenario;
import com.followupcoach.vocabulary.Status;
import java.util.List;
import java.util.Optional;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each criterion's policy is the rubric's to declare: the engine follows it, and a broken one is one line. */
class CriterionPolicyTest {

    @TempDir
    Path folder;

    private static final String ACCEPTANCE_POLICY = """
                policy:
                  - when: [pre-decision]
                    then: missing
                    message: wrong_genre
                  - when: [dispute]
                    then: missing
                    message: disputed
                  - when: [evidence]
                    then: met
                  - when: [rejection]
                    then: partial
                  - then: missing
            """;

    private static final String LETTER = """
            Dear Ms Lee,

            Thank you for the interview. I got your e-mail saying I was not selected for the role.

            Best regards,
            Sam Patel
            """;

    @Test
    void aTrainerWhoCountsMentioningTheDecisionAsEnoughGetsItMet() throws Exception {
        Rubric builtIn = Rubric.builtIn();
        Rubric lenient = load(text -> text.replace(ACCEPTANCE_POLICY,
                ACCEPTANCE_POLICY.replace("""
                  - when: [rejection]
                    then: partial
            """, """
                  - when: [rejection]
                    then: met
            """)));

        assertThat(status(builtIn)).isEqualTo(Status.PARTIAL);
        assertThat(status(lenient)).isEqualTo(Status.MET);
    }

    @Test
    void aNoteIsAddedToTheMessageOnlyWhenItsSignalsHold() {
        ScoringEngine engine = new ScoringEngine(Rubric.builtIn());
        Scenario paper = new Scenario(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(Medium.PAPER), List.of());
        String note = Rubric.builtIn().spec(Criterion.CONTACT_DETAILS).message("paper_note", "");

        assertThat(contact(engine, Scenario.NONE).message()).doesNotContain(note);
        assertThat(contact(engine, paper).message()).endsWith(note);
        assertThat(contact(engine, paper).status()).isEqualTo(Status.MISSING);
    }

    private static final String TONE_DEMANDING = """
                  - when: [realistic_expectations.demand]
                    then: partial
                    message: demanding
            """;

    private static final String POLITE_APPEAL = """
            Dear Ms Lee,

            Thank you for letting me know, and for your time at the interview. I enjoyed meeting the team.
            I would be grateful if you would reconsider my application for the role.

            Best regards,
            Sam Patel
            """;

    private static final String POLITE_DEMAND = """
            Dear Ms Lee,

            Thank you for letting me know, and for your time at the interview. I enjoyed meeting the team.
            I would like to see the scoring sheet for my interview.

            Best regards,
            Sam Patel
            """;

    @Test
    void aDemandWeakensTheToneThroughTheRubricsCrossCriterionSignalAndAPoliteAppealDoesNot() throws Exception {
        ScoringEngine builtIn = new ScoringEngine(Rubric.builtIn());
        ScoringEngine withoutClause = new ScoringEngine(load(text -> text.replace(TONE_DEMANDING, "")));

        CriterionResult tone = builtIn.score(POLITE_DEMAND, Scenario.NONE).result(Criterion.TONE).orElseThrow();
        assertThat(builtIn.score(POLITE_DEMAND, Scenario.NONE).result(Criterion.REALISTIC_EXPECTATIONS)
                .orElseThrow().status()).isEqualTo(Status.MISSING);
        assertThat(tone.status()).isEqualTo(Status.PARTIAL);
        assertThat(tone.message()).contains("reads as not accepting the decision");
        assertThat(withoutClause.score(POLITE_DEMAND, Scenario.NONE).result(Criterion.TONE).orElseThrow().status())
                .isEqualTo(Status.MET);

        assertThat(builtIn.score(POLITE_APPEAL, Scenario.NONE).result(Criterion.REALISTIC_EXPECTATIONS)
                .orElseThrow().status()).isEqualTo(Status.MISSING);
        assertThat(builtIn.score(POLITE_APPEAL, Scenario.NONE).result(Criterion.TONE).orElseThrow().status())
                .isEqualTo(Status.MET);
        assertThat(builtIn.score(LETTER, Scenario.NONE).result(Criterion.TONE).orElseThrow().status())
                .isEqualTo(Status.MET);
    }

    private static final String WARM_AND_CHATTY = """
            Dear Ms Lee,

            Thank you for letting me know, and for your time at the interview. I understand your decision.
            I would still love to work with your team one day. The whole thing went by so fast!!

            Best regards,
            Sam Patel
            """;

    @Test
    void aChattyMarkWeakensTheToneOnlyOfALetterWithoutThanksAcceptanceAndInterest() {
        ScoringEngine engine = new ScoringEngine(Rubric.builtIn());

        CriterionResult warm = engine.score(WARM_AND_CHATTY, Scenario.NONE).result(Criterion.TONE).orElseThrow();
        assertThat(warm.status()).isEqualTo(Status.MET);
        assertThat(warm.message()).contains("read as chatty");

        String withoutInterest = WARM_AND_CHATTY.replace("I would still love to work with your team one day. ", "");
        assertThat(engine.score(withoutInterest, Scenario.NONE).result(Criterion.TONE).orElseThrow().status())
                .isEqualTo(Status.PARTIAL);

        // a laugh beside a plea in one sentence is no longer a matter of register
        String pleading = WARM_AND_CHATTY.replace("The whole thing went by so fast!!",
                "Please give me one more chance, I promise I won't let you down!!");
        assertThat(engine.score(pleading, Scenario.NONE).result(Criterion.TONE).orElseThrow().status())
                .isNotEqualTo(Status.MET);
    }

    @Test
    void aDemandTheWriterDismissedNoLongerWeakensTheTone() {
        ScoringEngine engine = new ScoringEngine(Rubric.builtIn());

        CriterionResult tone = engine.score(POLITE_DEMAND, Scenario.NONE,
                        finding -> finding.criterion() == Criterion.REALISTIC_EXPECTATIONS)
                .result(Criterion.TONE).orElseThrow();

        assertThat(tone.status()).isEqualTo(Status.MET);
    }

    @Test
    void aCrossCriterionSignalMustNameAKnownCriterionAndASignalOfOne() {
        assertThatThrownBy(() -> load(text -> text.replace(TONE_DEMANDING,
                TONE_DEMANDING.replace("realistic_expectations.demand", "realism.demand"))))
                .hasMessageContaining("unknown criterion 'realism' in signal 'realism.demand'");
        assertThatThrownBy(() -> load(text -> text.replace(TONE_DEMANDING,
                TONE_DEMANDING.replace("realistic_expectations.demand", "realistic_expectations.dispute"))))
                .hasMessageContaining("signal 'dispute' is about the whole letter; write it without a criterion");
    }

    @Test
    void anUnknownSignalIsRefusedWithItsLine() throws IOException {
        String text = BuiltInRubricText.text().replace("      - when: [evidence]\n        then: met\n      - then: missing\n    messages:\n      met: \"You thank",
                "      - when: [evidance]\n        then: met\n      - then: missing\n    messages:\n      met: \"You thank");
        int line = (int) text.substring(0, text.indexOf("[evidance]")).lines().count();

        Path rubric = TrainerRubric.writeInto(folder, original -> text);
        assertThatThrownBy(() -> Rubric.load(rubric))
                .hasMessageStartingWith(rubric + ":" + line + ": unknown signal 'evidance'; expected one of [evidence, error");
    }

    @Test
    void aPolicyWhoseLastClauseHasConditionsIsRefused() {
        assertThatThrownBy(() -> load(text -> text.replace(ACCEPTANCE_POLICY,
                ACCEPTANCE_POLICY.replace("      - then: missing\n", ""))))
                .hasMessageContaining("the last clause of the policy of 'acknowledgement' must have no 'when' or 'unless'");
    }

    @Test
    void aClauseNamingAMessageTheCriterionDoesNotHaveIsRefused() {
        assertThatThrownBy(() -> load(text -> text.replace("message: disputed", "message: argued")))
                .hasMessageContaining("message 'argued' is not one of the messages of 'acknowledgement'");
    }

    @Test
    void aCriterionNeedsExactlyOneOfPolicyAndMeasure() {
        assertThatThrownBy(() -> load(text -> text.replace("    measure: timing\n",
                "    measure: timing\n    policy:\n      - then: met\n")))
                .hasMessageContaining("criterion 'timing' needs either a 'policy'");
        assertThatThrownBy(() -> load(text -> text.replace("    measure: timing\n", "")))
                .hasMessageContaining("criterion 'timing' needs either a 'policy'");
    }

    @Test
    void anEmptyCriterionAndEveryOtherMistakeOfTheRubricAreReportedTogether() {
        RubricException failure = catchThrowableOfType(RubricException.class, () -> load(text -> text
                .replaceFirst("\n  gratitude:\n", "\n  gratitude:\n  gratitud:\n")
                .replace("    measure: timing\n", "    measure: timing\n    weight: heavy\n")));

        assertThat(failure.problems()).extracting(p -> p.message())
                .contains("criterion 'gratitude' is empty; it needs a weight, a lesson and messages",
                        "unknown criterion 'gratitud'; expected one of " + java.util.Arrays.stream(Criterion.values())
                                .map(Criterion::id).toList())
                .anyMatch(message -> message.startsWith("`weight` appears twice (first on line "));
    }

    private static Status status(Rubric rubric) {
        return new ScoringEngine(rubric).score(LETTER, Scenario.NONE).result(Criterion.ACKNOWLEDGEMENT)
                .map(CriterionResult::status).orElseThrow();
    }

    private static CriterionResult contact(ScoringEngine engine, Scenario scenario) {
        return engine.score(LETTER, scenario).result(Criterion.CONTACT_DETAILS).orElseThrow();
    }

    /** The built-in rubric with its rule files and lexicons, copied to a trainer's folder and edited. */
    private Rubric load(UnaryOperator<String> edit) throws IOException, RubricException {
        return Rubric.load(TrainerRubric.writeInto(java.nio.file.Files.createTempDirectory(folder, "trainer"), edit));
    }
}
