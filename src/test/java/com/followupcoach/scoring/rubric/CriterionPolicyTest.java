package com.followupcoach.scoring.rubric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.followupcoach.scoring.ScoringEngine;
import com.followupcoach.vocabulary.Criterion;
import com.followupcoach.vocabulary.Medium;
import com.followupcoach.vocabulary.CriterionResult;
import com.followupcoach.vocabulary.Scenario;
import com.followupcoach.vocabulary.Status;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Each criterion's policy is the rubric's to declare: the engine follows it, and a broken one is one line. */
class CriterionPolicyTest {

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
    void aTrainerWhoCountsMentioningTheDecisionAsEnoughGetsItMet() throws RubricException {
        Rubric builtIn = Rubric.builtIn();
        Rubric lenient = Rubric.parse(BuiltInRubricText.withRules(ruleFilesText()).replace(ACCEPTANCE_POLICY,
                ACCEPTANCE_POLICY.replace("""
                  - when: [rejection]
                    then: partial
            """, """
                  - when: [rejection]
                    then: met
            """)), "lenient.yaml");

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

    @Test
    void anUnknownSignalIsRefusedWithItsLine() {
        String text = BuiltInRubricText.withRules(ruleFilesText()).replace("      - when: [evidence]\n        then: met\n      - then: missing\n    messages:\n      met: \"You thank",
                "      - when: [evidance]\n        then: met\n      - then: missing\n    messages:\n      met: \"You thank");
        int line = (int) text.substring(0, text.indexOf("[evidance]")).lines().count();

        assertThatThrownBy(() -> Rubric.parse(text, "r.yaml"))
                .hasMessageStartingWith("r.yaml:" + line + ": unknown signal 'evidance'; expected one of [evidence, error");
    }

    @Test
    void aPolicyWhoseLastClauseHasConditionsIsRefused() {
        String text = BuiltInRubricText.withRules(ruleFilesText()).replace(ACCEPTANCE_POLICY,
                ACCEPTANCE_POLICY.replace("      - then: missing\n", ""));

        assertThatThrownBy(() -> Rubric.parse(text, "r.yaml"))
                .hasMessageContaining("the last clause of the policy of 'acknowledgement' must have no 'when' or 'unless'");
    }

    @Test
    void aClauseNamingAMessageTheCriterionDoesNotHaveIsRefused() {
        String text = BuiltInRubricText.withRules(ruleFilesText()).replace("message: disputed", "message: argued");

        assertThatThrownBy(() -> Rubric.parse(text, "r.yaml"))
                .hasMessageContaining("message 'argued' is not one of the messages of 'acknowledgement'");
    }

    @Test
    void aCriterionNeedsExactlyOneOfPolicyAndMeasure() {
        String both = BuiltInRubricText.withRules(ruleFilesText()).replace("    measure: timing\n",
                "    measure: timing\n    policy:\n      - then: met\n");
        String neither = BuiltInRubricText.withRules(ruleFilesText()).replace("    measure: timing\n", "");

        assertThatThrownBy(() -> Rubric.parse(both, "r.yaml")).hasMessageContaining("criterion 'timing' needs either a 'policy'");
        assertThatThrownBy(() -> Rubric.parse(neither, "r.yaml")).hasMessageContaining("criterion 'timing' needs either a 'policy'");
    }

    private static Status status(Rubric rubric) {
        return new ScoringEngine(rubric).score(LETTER, Scenario.NONE).result(Criterion.ACKNOWLEDGEMENT)
                .map(CriterionResult::status).orElseThrow();
    }

    private static CriterionResult contact(ScoringEngine engine, Scenario scenario) {
        return engine.score(LETTER, scenario).result(Criterion.CONTACT_DETAILS).orElseThrow();
    }

    /** The rules of the built-in acknowledgement file, enough for the decision and its acceptance. */
    private static String ruleFilesText() {
        try (var in = Rubric.class.getResourceAsStream("/lessons/rules/acknowledgement.yaml")) {
            String file = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            return file.substring(file.indexOf("\nrules:\n") + "\nrules:\n".length());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
