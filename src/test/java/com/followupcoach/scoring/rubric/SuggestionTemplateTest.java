package com.followupcoach.scoring.rubric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.followupcoach.scoring.ScoringEngine;
import com.followupcoach.vocabulary.Criterion;
import com.followupcoach.vocabulary.Critique;
import com.followupcoach.vocabulary.Finding;
import com.followupcoach.vocabulary.Scenario;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Per-pattern suggestions and {part} templates: parsing, checks and what the engine offers. */
class SuggestionTemplateTest {

    private static String rubricWith(String rule) {
        return BuiltInRubricText.withRules(rule);
    }

    @Test
    void aPatternMayCarryItsOwnSuggestionWithParts() throws RubricException {
        Rubric rubric = Rubric.parse(rubricWith("""
                  - id: test-owed
                    criterion: tone
                    kind: problem
                    severity: warning
                    message: "m"
                    suggestion: "rule level"
                    tokens:
                      - pattern: 'we were owed {what: a|an %word }'
                        suggestion: "we hoped for {what}"
                      - 'owed nothing'
                    examples:
                      match:
                        - "[[we were owed a reply]] => we hoped for a reply"
                        - "[[owed nothing]] => rule level"
                """), "test.yaml");
        Rule rule = rubric.rules().get(0);
        assertThat(rule.tokenSuggestionFor(0)).contains("we hoped for {what}");
        assertThat(rule.tokenSuggestionFor(1)).contains("rule level");
    }

    @Test
    void aSuggestionNamingAMissingPartIsRefusedWithItsLine() {
        assertThatThrownBy(() -> Rubric.parse(rubricWith("""
                  - id: test-bad
                    criterion: tone
                    kind: problem
                    severity: warning
                    message: "m"
                    tokens:
                      - pattern: 'owed {what: %word }'
                        suggestion: "hoped for {thing}"
                    examples:
                      match:
                        - "[[owed it]]"
                """), "test.yaml")).isInstanceOf(RubricException.class)
                .hasMessageContaining("test.yaml:").hasMessageContaining("{thing}");
    }

    @Test
    void anUnknownFieldInAPatternIsRefused() {
        assertThatThrownBy(() -> Rubric.parse(rubricWith("""
                  - id: test-typo
                    criterion: tone
                    kind: problem
                    severity: warning
                    message: "m"
                    tokens:
                      - pattern: 'owed'
                        sugestion: "x"
                    examples:
                      match:
                        - "[[owed]]"
                """), "test.yaml")).isInstanceOf(RubricException.class).hasMessageContaining("sugestion");
    }

    @Test
    void aRuleWrittenAsRegularExpressionsIsToldHowToWriteItNow() {
        assertThatThrownBy(() -> Rubric.parse(rubricWith("""
                  - id: test-regex
                    criterion: tone
                    kind: problem
                    severity: warning
                    message: "m"
                    patterns:
                      - '\\bowed\\b'
                    examples:
                      match:
                        - "[[owed]]"
                """), "test.yaml")).isInstanceOf(RubricException.class)
                .hasMessageContaining("test.yaml:").hasMessageContaining("`patterns`")
                .hasMessageContaining("write the rule as `tokens:`");
    }

    @Test
    void theEngineKeepsTheWritersFactsAndFollowsTheSentenceCase() {
        ScoringEngine engine = new ScoringEngine(Rubric.builtIn());
        String letter = "Dear Ms Carter,\n\nI believe I am owed that much. The panel member arrived twenty minutes late."
                + " Please send me the notes by the end of next week.\n\nRegards,\nKevin";
        Critique critique = engine.score(letter, Scenario.NONE);
        List<String> suggestions = critique.findings().stream()
                .filter(f -> f.criterion() == Criterion.TONE && f.suggestion().isPresent())
                .map(f -> letter.substring(f.start(), f.end()) + " -> " + f.suggestion().get()).toList();
        assertThat(suggestions).contains(
                "I believe I am owed that much -> I would be grateful for that much",
                "arrived twenty minutes late -> was delayed by twenty minutes",
                "by the end of next week -> when you have a moment");
        assertThat(critique.findings()).filteredOn(f -> f.criterion() == Criterion.TONE)
                .extracting(Finding::severity).isNotEmpty();
    }
}
