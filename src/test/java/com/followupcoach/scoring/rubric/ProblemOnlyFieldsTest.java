package com.followupcoach.scoring.rubric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * The fields only a problem rule may have: {@code scope} (phrase, the default, or sentence), {@code demands}
 * (a match also sends a {@code demand} signal) and, for a warning, {@code register} (its finding sends
 * {@code register} instead of {@code warning}).
 */
class ProblemOnlyFieldsTest {

    private static String rule(String kind, String severity, String field, String value) {
        return BuiltInRubricText.withRules("""
                  - id: test-field
                    criterion: realistic_expectations
                    kind: %s
                    severity: %s
                    message: "m"
                %s    tokens:
                      - 'nonsense'
                    examples:
                      match:
                        - "[[nonsense]]"
                """.formatted(kind, severity, value.isEmpty() ? "" : "    " + field + ": " + value + "\n"));
    }

    private static Rule parsed(String kind, String field, String value) throws RubricException {
        return parsed(kind, "error", field, value);
    }

    private static Rule parsed(String kind, String severity, String field, String value) throws RubricException {
        return Rubric.parse(rule(kind, severity, field, value), "t.yaml").rules().get(0);
    }

    @Test
    void aRuleIsReportedOnItsWordsUnlessItsScopeIsTheSentence() throws RubricException {
        assertThat(parsed("problem", "scope", "").wholeSentence()).isFalse();
        assertThat(parsed("problem", "scope", "phrase").wholeSentence()).isFalse();
        assertThat(parsed("problem", "scope", "sentence").wholeSentence()).isTrue();
    }

    @Test
    void anUnknownScopeOrASentenceScopeOnEvidenceIsRefusedWithItsLine() {
        assertThatThrownBy(() -> parsed("problem", "scope", "paragraph"))
                .isInstanceOf(RubricException.class).hasMessageContaining("t.yaml:").hasMessageContaining("paragraph");
        assertThatThrownBy(() -> parsed("evidence", "scope", "sentence"))
                .isInstanceOf(RubricException.class).hasMessageContaining("only a problem");
    }

    @Test
    void aProblemRuleDemandsOnlyWhenItSaysSo() throws RubricException {
        assertThat(parsed("problem", "demands", "").demands()).isFalse();
        assertThat(parsed("problem", "demands", "false").demands()).isFalse();
        assertThat(parsed("problem", "demands", "true").demands()).isTrue();
    }

    @Test
    void evidenceThatDemandsOrADemandThatIsNotYesOrNoIsRefusedWithItsLine() {
        assertThatThrownBy(() -> parsed("evidence", "demands", "true"))
                .isInstanceOf(RubricException.class).hasMessageContaining("t.yaml:")
                .hasMessageContaining("only a problem rule can demand");
        assertThatThrownBy(() -> parsed("problem", "demands", "often"))
                .isInstanceOf(RubricException.class).hasMessageContaining("t.yaml:").hasMessageContaining("demands");
    }

    @Test
    void aWarningIsAboutRegisterOnlyWhenItSaysSo() throws RubricException {
        assertThat(parsed("problem", "warning", "register", "").register()).isFalse();
        assertThat(parsed("problem", "warning", "register", "true").register()).isTrue();
    }

    @Test
    void registerOnAnErrorOrOnEvidenceIsRefusedWithItsLine() {
        assertThatThrownBy(() -> parsed("problem", "error", "register", "true"))
                .isInstanceOf(RubricException.class).hasMessageContaining("t.yaml:")
                .hasMessageContaining("only a problem rule of severity warning");
        assertThatThrownBy(() -> parsed("evidence", "warning", "register", "true"))
                .isInstanceOf(RubricException.class).hasMessageContaining("only a problem rule of severity warning");
    }

    @Test
    void theBuiltInRubricsRegisterRulesSurviveItsSnapshot() {
        assertThat(Rubric.builtIn().rules().stream().filter(Rule::register).map(Rule::id))
                .containsExactlyInAnyOrder("laughter-in-letter", "shouting", "shouting-capitals", "exasperated-exclamation");
    }

    @Test
    void theBuiltInRubricsDemandsSurviveItsSnapshot() {
        assertThat(Rubric.builtIn().rules().stream().filter(Rule::demands).map(Rule::id))
                .contains("demands-reasons", "claims-by-a-deadline", "asks-why-not-chosen-words")
                .doesNotContain("appeal-to-reconsider", "asks-for-second-chance");
    }
}
