package com.followupcoach.scoring.rubric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The {@code scope} field: phrase (the default) or sentence, for problems only. */
class RuleScopeTest {

    private static String rule(String kind, String scope) {
        return BuiltInRubricText.withRules("""
                  - id: test-scope
                    criterion: tone
                    kind: %s
                    severity: error
                    message: "m"
                %s    tokens:
                      - 'nonsense'
                    examples:
                      match:
                        - "[[nonsense]]"
                """.formatted(kind, scope.isEmpty() ? "" : "    scope: " + scope + "\n"));
    }

    @Test
    void aRuleIsReportedOnItsWordsUnlessItsScopeIsTheSentence() throws RubricException {
        assertThat(Rubric.parse(rule("problem", ""), "t.yaml").rules().get(0).wholeSentence()).isFalse();
        assertThat(Rubric.parse(rule("problem", "phrase"), "t.yaml").rules().get(0).wholeSentence()).isFalse();
        assertThat(Rubric.parse(rule("problem", "sentence"), "t.yaml").rules().get(0).wholeSentence()).isTrue();
    }

    @Test
    void anUnknownScopeOrASentenceScopeOnEvidenceIsRefusedWithItsLine() {
        assertThatThrownBy(() -> Rubric.parse(rule("problem", "paragraph"), "t.yaml"))
                .isInstanceOf(RubricException.class).hasMessageContaining("t.yaml:").hasMessageContaining("paragraph");
        assertThatThrownBy(() -> Rubric.parse(rule("evidence", "sentence"), "t.yaml"))
                .isInstanceOf(RubricException.class).hasMessageContaining("only a problem");
    }
}
