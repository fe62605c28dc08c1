package com.followupcoach.scoring.rubric;

import static org.assertj.core.api.Assertions.assertThat;

import com.followupcoach.files.Problem;
import com.followupcoach.scoring.detect.RuleExamples;
import org.junit.jupiter.api.Test;

/** What {@link RuleExamples} tells a trainer about a rule that does not do what its examples say. */
class RuleExamplesCheckTest {

    private static Rubric rubricWith(String rule) throws RubricException {
        return Rubric.parse(BuiltInRubricText.withRules(rule), "trainer.yaml");
    }

    @Test
    void rulesWhoseExamplesHoldHaveNoFailures() throws RubricException {
        Rubric rubric = rubricWith("""
                  - id: owed
                    criterion: tone
                    kind: problem
                    severity: warning
                    message: "m"
                    suggestion: "I hoped for"
                    tokens:
                      - 'i am owed'
                    examples:
                      match:
                        - "[[I am owed]] a reply. => I hoped for"
                      nomatch:
                        - "Nobody said I am not owed anything, ever."
                """);

        assertThat(RuleExamples.problems(rubric)).isEmpty();
    }

    @Test
    void aMatchExampleMatchedElsewhereOrNotAtAllIsReportedAtTheRulesLine() throws RubricException {
        Rubric rubric = rubricWith("""
                  - id: owed
                    criterion: tone
                    kind: problem
                    severity: warning
                    message: "m"
                    tokens:
                      - 'owed'
                    examples:
                      match:
                        - "[[I am owed]] a reply."
                        - "You [[owe]] me."
                """);
        Rule rule = rubric.rules().get(0);

        assertThat(RuleExamples.problems(rubric)).containsExactly(
                new Problem("trainer.yaml", rule.line(),
                        "owed: must match \"I am owed\" in \"I am owed a reply.\" but matches \"owed\""),
                new Problem("trainer.yaml", rule.line(),
                        "owed: must match \"owe\" in \"You owe me.\" but matches nothing"));
    }

    @Test
    void aWrongSuggestionAndAMatchingNomatchExampleAreReported() throws RubricException {
        Rubric rubric = rubricWith("""
                  - id: owed
                    criterion: tone
                    kind: problem
                    severity: warning
                    message: "m"
                    suggestion: "I hoped for"
                    tokens:
                      - 'i am owed'
                    examples:
                      match:
                        - "[[I am owed]] a reply. => I would welcome"
                      nomatch:
                        - "I am owed a reply."
                """);

        assertThat(new RuleExamples(rubric).failures(rubric.rules().get(0))).containsExactly(
                "owed: must suggest \"I would welcome\" for \"I am owed\" in \"I am owed a reply.\" but suggests \"I hoped for\"",
                "owed: must not match \"I am owed a reply.\" but matches \"I am owed\"");
    }
}
