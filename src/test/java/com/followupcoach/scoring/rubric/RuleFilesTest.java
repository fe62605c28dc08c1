package com.followupcoach.scoring.rubric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.followupcoach.scoring.ScoringEngine;
import com.followupcoach.vocabulary.Criterion;
import com.followupcoach.vocabulary.Scenario;
import com.followupcoach.vocabulary.Status;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A trainer's rubric keeps its rules in one file per criterion beside it; problems name the file and line. */
class RuleFilesTest {

    private static final String RULE = """
            rules:
              - id: trainer-own-thanks
                criterion: gratitude
                kind: evidence
                tokens:
                  - 'much obliged'
                examples:
                  match:
                    - "I am [[much obliged]]."
            """;

    @TempDir
    Path folder;

    @Test
    void theRulesOfATrainersRuleFileAreTheOnesTheEngineUses() throws Exception {
        Path rubric = write("rubric.yaml", BuiltInRubricText.withRuleFiles("rules/gratitude.yaml"));
        write("rules/gratitude.yaml", RULE);

        Rubric loaded = Rubric.load(rubric);

        assertThat(loaded.rules()).extracting(Rule::id).containsExactly("trainer-own-thanks");
        var critique = new ScoringEngine(loaded).score("Dear Ms Lee,\nI am much obliged.\nBest,\nSam", Scenario.NONE);
        assertThat(critique.result(Criterion.GRATITUDE)).map(r -> r.status()).contains(Status.MET);
    }

    @Test
    void aProblemInARuleFileNamesThatFileAndItsLine() throws Exception {
        Path rubric = write("rubric.yaml", BuiltInRubricText.withRuleFiles("rules/gratitude.yaml"));
        write("rules/gratitude.yaml", RULE.replace("'much obliged'", "'[ much obliged'"));

        assertThatThrownBy(() -> Rubric.load(rubric))
                .isInstanceOf(RubricException.class)
                .hasMessageStartingWith(folder.resolve("rules/gratitude.yaml") + ":6: token pattern of rule 'trainer-own-thanks': [ without its ]");
    }

    @Test
    void aMissingRuleFileIsOneLineAtTheLineThatNamesIt() throws Exception {
        String text = BuiltInRubricText.withRuleFiles("rules/tone.yaml");
        Path rubric = write("rubric.yaml", text);
        int line = (int) text.substring(0, text.indexOf("  - rules/tone.yaml")).lines().count() + 1;

        assertThatThrownBy(() -> Rubric.load(rubric))
                .hasMessage(rubric + ":" + line + ": 'rules/tone.yaml' is not there (" + folder.resolve("rules/tone.yaml") + ")");
    }

    @Test
    void aRuleFileOutsideTheRubricsFolderIsRefused() throws Exception {
        Path rubric = write("rubric.yaml", BuiltInRubricText.withRuleFiles("../elsewhere.yaml"));

        assertThatThrownBy(() -> Rubric.load(rubric))
                .hasMessageContaining("rule file '../elsewhere.yaml' must be a .yaml path beside the rubric");
    }

    @Test
    void aRuleIdUsedInTwoFilesIsRefusedAtItsSecondPlace() throws Exception {
        Path rubric = write("rubric.yaml", BuiltInRubricText.withRuleFiles("rules/a.yaml", "rules/b.yaml"));
        write("rules/a.yaml", RULE);
        write("rules/b.yaml", RULE);

        assertThatThrownBy(() -> Rubric.load(rubric))
                .hasMessage(folder.resolve("rules/b.yaml") + ":2: rule id 'trainer-own-thanks' is used twice");
    }

    private static final String SHARED_EXCEPTIONS = """
            exceptionSets:
              said-in-jest:
                - 'just kidding'
            rules:
              - id: trainer-own-thanks
                criterion: gratitude
                kind: evidence
                tokens:
                  - 'much obliged'
                unlessSets: said-in-jest
                examples:
                  match:
                    - "I am [[much obliged]]."
                  nomatch:
                    - "I am much obliged, just kidding."
              - id: trainer-own-cheers
                criterion: gratitude
                kind: evidence
                tokens:
                  - 'cheers for'
                unlessSets: said-in-jest
                unlessTokens:
                  - 'not really'
                examples:
                  match:
                    - "[[Cheers for]] the call."
                  nomatch:
                    - "Cheers for the call, just kidding."
                    - "Cheers for the call, not really."
            """;

    @Test
    void anExceptionSetOfARuleFileCancelsTheMatchesOfEveryRuleThatNamesIt() throws Exception {
        Path rubric = write("rubric.yaml", BuiltInRubricText.withRuleFiles("rules/gratitude.yaml"));
        write("rules/gratitude.yaml", SHARED_EXCEPTIONS);
        ScoringEngine engine = new ScoringEngine(Rubric.load(rubric));

        assertThat(gratitude(engine, "I am much obliged.")).isEqualTo(Status.MET);
        assertThat(gratitude(engine, "I am much obliged, just kidding.")).isNotEqualTo(Status.MET);
        assertThat(gratitude(engine, "Cheers for the call, just kidding.")).isNotEqualTo(Status.MET);
        // the rule's own exceptions still hold beside the set's
        assertThat(gratitude(engine, "Cheers for the call, not really.")).isNotEqualTo(Status.MET);
    }

    @Test
    void anExceptionSetTheFileDoesNotDefineIsOneLineWithTheNameItWasProbablyMeantAs() throws Exception {
        Path rubric = write("rubric.yaml", BuiltInRubricText.withRuleFiles("rules/gratitude.yaml"));
        write("rules/gratitude.yaml", SHARED_EXCEPTIONS.replace("unlessSets: said-in-jest\n    unlessTokens",
                "unlessSets: said-in-jets\n    unlessTokens"));

        assertThatThrownBy(() -> Rubric.load(rubric))
                .hasMessageStartingWith(folder.resolve("rules/gratitude.yaml") + ":21: rule 'trainer-own-cheers' names "
                        + "exception set 'said-in-jets', which this file's 'exceptionSets' does not define; did you mean "
                        + "'said-in-jest'?");
    }

    private static Status gratitude(ScoringEngine engine, String body) {
        return engine.score("Dear Ms Lee,\n" + body + "\nBest,\nSam", Scenario.NONE).result(Criterion.GRATITUDE)
                .map(r -> r.status()).orElseThrow();
    }

    private Path write(String name, String text) throws IOException {
        Path file = folder.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }
}
