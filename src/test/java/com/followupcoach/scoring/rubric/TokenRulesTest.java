package com.followupcoach.scoring.rubric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.followupcoach.scoring.ScoringEngine;
import com.followupcoach.vocabulary.Criterion;
import com.followupcoach.vocabulary.Finding;
import com.followupcoach.vocabulary.Scenario;
import com.followupcoach.vocabulary.Status;
import org.junit.jupiter.api.Test;

/** {@code tokens:} and {@code unlessTokens:} in rules: how they are checked, and how the engine applies them. */
class TokenRulesTest {

    private static Rubric rubric(String rules) throws RubricException {
        return Rubric.parse(BuiltInRubricText.withRules(rules), "test.yaml");
    }

    private static int lineOf(String rules, String text) {
        String all = BuiltInRubricText.withRules(rules);
        return (int) all.substring(0, all.indexOf(text)).chars().filter(c -> c == '\n').count() + 1;
    }

    @Test
    void eachTokenPatternMayHaveItsOwnSuggestionOrTheRules() throws Exception {
        Rubric r = rubric("""
                  - id: test-both
                    criterion: tone
                    kind: problem
                    severity: warning
                    message: "m"
                    suggestion: "rule level"
                    tokens:
                      - "hopeless"
                      - pattern: "[ ~useless ] people"
                        suggestion: "own"
                      - "what a ~joke"
                    examples:
                      match:
                        - "So [[hopeless]]. => rule level"
                        - "[[Useless]] people. => Own"
                        - "[[What a joke]]. => Rule level"
                """);
        var findings = new ScoringEngine(r).score("So hopeless. Useless people. What a joke.", Scenario.NONE)
                .findings();
        assertThat(findings).filteredOn(f -> f.criterion() == Criterion.TONE)
                .extracting(f -> f.suggestion().orElse("")).containsExactly("rule level", "Own", "Rule level");
    }

    @Test
    void aDisputingTokenRuleVoidsEvidenceInItsSentence() throws Exception {
        String rules = """
                  - id: test-accepts
                    criterion: acknowledgement
                    kind: evidence
                    tokens: ["i ~accept ..2 ~decision"]
                    examples:
                      match: ["[[I accept your decision]]."]
                  - id: test-mock
                    criterion: tone
                    kind: problem
                    severity: error
                    disputes: true
                    message: "m"
                    tokens: ["[ obviously ] ..4 ~mistake"]
                    examples:
                      match: ["[[Obviously]] a mistake."]
                """;
        ScoringEngine engine = new ScoringEngine(rubric(rules));
        assertThat(engine.score("I accept your decision.", Scenario.NONE).result(Criterion.ACKNOWLEDGEMENT))
                .map(c -> c.status()).contains(Status.MET);
        assertThat(engine.score("I accept your decision, obviously a mistake.", Scenario.NONE)
                .result(Criterion.ACKNOWLEDGEMENT)).map(c -> c.status()).isNotEqualTo(java.util.Optional.of(Status.MET));
    }

    @Test
    void minCountCountsTokenMatches() throws Exception {
        Rubric r = rubric("""
                  - id: test-sorry
                    criterion: tone
                    kind: problem
                    severity: warning
                    minCount: 3
                    negatable: false
                    message: "m"
                    tokens: ["~apologise|~apologize|sorry"]
                    examples:
                      match: ["Sorry. [[Sorry]]. Sorry."]
                """);
        ScoringEngine engine = new ScoringEngine(r);
        assertThat(engine.score("Sorry. I apologise.", Scenario.NONE).findings())
                .noneMatch(f -> f.message().equals("m"));
        assertThat(engine.score("Sorry. I apologise. Apologies again, sorry.", Scenario.NONE).findings())
                .filteredOn(f -> f.message().equals("m")).extracting(Finding::start).hasSize(4);
    }

    @Test
    void aBadTokenPatternIsOneLineAtItsOwnLine() {
        String rules = """
                  - id: test-bad
                    criterion: tone
                    kind: problem
                    severity: warning
                    message: "m"
                    tokens:
                      - "thank ..40 you"
                    examples:
                      match: ["[[thank you]]"]
                """;
        assertThatThrownBy(() -> rubric(rules)).isInstanceOf(RubricException.class)
                .hasMessage("test.yaml:" + lineOf(rules, "- \"thank ..40") + ": token pattern of rule 'test-bad': "
                        + "gap '..40' must be between ..1 and ..12 (in 'thank ..40 you')");
    }

    @Test
    void aRuleWithoutAnyPatternSaysItNeedsTokens() {
        assertThatThrownBy(() -> rubric("""
                  - id: test-empty
                    criterion: gratitude
                    kind: evidence
                    examples:
                      match: ["[[x]]"]
                """)).hasMessageEndingWith("rule 'test-empty' needs 'tokens' (token patterns)");
    }

    @Test
    void aSuggestionNamingAPartThePatternLacksIsAnErrorAtTheRuleLine() {
        String rules = """
                  - id: test-ref
                    criterion: tone
                    kind: problem
                    severity: warning
                    message: "m"
                    suggestion: "was delayed by {late}"
                    tokens: ["arrived {lat: ..3 minutes } late"]
                    examples:
                      match: ["[[arrived ten minutes late]]"]
                """;
        assertThatThrownBy(() -> rubric(rules)).isInstanceOf(RubricException.class)
                .hasMessage("test.yaml:" + lineOf(rules, "- id: test-ref") + ": suggestion of rule 'test-ref' names "
                        + "{late}, which is not a part {late: ... } of the token pattern "
                        + "'arrived {lat: ..3 minutes } late'");
    }

    @Test
    void aSuggestionKeepsTheWritersOwnTextOfEachPart() throws Exception {
        Rubric r = rubric("""
                  - id: test-parts
                    criterion: tone
                    kind: problem
                    severity: warning
                    message: "m"
                    suggestion: "was delayed by {late}"
                    tokens: ["[ arrived|came {late: ..3 minutes|hours|mins } late ]"]
                    examples:
                      match: ["He [[arrived Twenty-Five mins late]]. => was delayed by Twenty-Five mins"]
                      nomatch: ["He arrived late."]
                """);
        var findings = new ScoringEngine(r).score("Your manager came 20 Minutes late, so it was rushed.",
                Scenario.NONE).findings();
        assertThat(findings).filteredOn(f -> f.message().equals("m"))
                .extracting(f -> f.suggestion().orElse("")).containsExactly("was delayed by 20 Minutes");
    }

    @Test
    void caseSensitiveIsRetiredInFavourOfCaseInThePattern() {
        assertThatThrownBy(() -> rubric("""
                  - id: test-case
                    criterion: gratitude
                    kind: evidence
                    caseSensitive: true
                    tokens: ["thanks"]
                    examples:
                      match: ["[[Thanks]]"]
                """)).hasMessageContaining("`caseSensitive`: token patterns ignore case; ask for it in the pattern");
    }

    @Test
    void anEmployerTokenPatternMustMarkTheName() {
        assertThatThrownBy(() -> rubric("""
                  - id: test-employer
                    criterion: personalization
                    kind: employer
                    tokens: ["join the team at"]
                    examples:
                      match: ["[[x]]"]
                """)).hasMessageContaining("employer token patterns must mark the name with [ ]");
    }

    @Test
    void aRubricGivenAsTextCannotNameALexicon() {
        assertThatThrownBy(() -> rubric("""
                  - id: test-lexicon
                    criterion: tone
                    kind: problem
                    severity: error
                    message: "m"
                    tokens: ["you @insult-noun"]
                    examples:
                      match: ["[[you idiot]]"]
                """)).hasMessageContaining("rule 'test-lexicon' names @insult-noun: 'lexicons/insult-noun.txt' cannot "
                + "be read");
    }
}
