package com.followupcoach.scoring.rubric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.followupcoach.scoring.ScoringEngine;
import com.followupcoach.scoring.detect.CompiledRule;
import com.followupcoach.scoring.detect.Negation;
import com.followupcoach.scoring.detect.RuleMatch;
import com.followupcoach.scoring.text.LetterText;
import com.followupcoach.scoring.text.SentenceSplitter;
import com.followupcoach.vocabulary.Criterion;
import com.followupcoach.vocabulary.Finding;
import com.followupcoach.vocabulary.Scenario;
import com.followupcoach.vocabulary.Status;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Lexicons beside a rubric ({@code lexicons/<name>.txt}) and the token rules that name them:
 * a trainer's folder carries its own, the built-in rubric reads them from the app's resources,
 * and every problem in a lexicon is one line at its file and line.
 */
class LexiconFilesTest {

    private static final String HEADER = "# Scorn aimed at the reader.\n# Not: plain criticism.\n";
    private static final String RULE = """
            rules:
              - id: trainer-scorn
                criterion: tone
                kind: problem
                severity: error
                message: "Scorn hurts."
                suggestion: "Thank you for letting me know"
                tokens:
                  - "what a [ @scorn ]"
                  - "you ..2 [ @scorn ]"
                unlessTokens:
                  - "~joke ..3 myself"
                examples:
                  match:
                    - "What a [[joke]]. => thank you for letting me know"
                  nomatch:
                    - "What a joke I made of myself."
            """;

    @TempDir
    Path folder;

    @Test
    void aTrainersLexiconIsReadBesideTheRubricAndItsTokenRulesScore() throws Exception {
        Path rubric = rubricWithRule(RULE);
        write("lexicons/scorn.txt", HEADER + "clown*\nwaste of ~time\njoke\n");

        Rubric loaded = Rubric.load(rubric);

        var critique = new ScoringEngine(loaded).score("Dear Ms Lee,\nYou clowns. What a waste of time.\nSam",
                Scenario.NONE);
        assertThat(critique.findings()).filteredOn(f -> f.criterion() == Criterion.TONE).extracting(Finding::start)
                .hasSize(2);
        assertThat(critique.result(Criterion.TONE)).map(r -> r.status()).contains(Status.MISSING);
        assertThat(critique.findings()).filteredOn(f -> f.criterion() == Criterion.TONE)
                .extracting(f -> f.suggestion().orElse("")).as("plain text, its first letter as the highlight's")
                .containsOnly("thank you for letting me know");
    }

    @Test
    void tokenRulesKeepNegationUnlessTokensAndTheirExamples() throws Exception {
        Path rubric = rubricWithRule(RULE);
        write("lexicons/scorn.txt", HEADER + "clown*\nwaste of ~time\njoke\n");
        Rule rule = Rubric.load(rubric).rules().get(0);
        CompiledRule compiled = new CompiledRule(rule);
        Rubric builtIn = Rubric.builtIn();
        SentenceSplitter splitter = new SentenceSplitter(builtIn.settings().abbreviations());
        Negation negation = Negation.BY_SCOPE;

        assertThat(spans(compiled, "You clowns! What a joke.", splitter, negation)).containsExactly("clowns", "joke");
        assertThat(spans(compiled, "What a joke I made of myself.", splitter, negation)).isEmpty();
        assertThat(spans(compiled, "It was not what a waste of time it seemed.", splitter, negation)).isEmpty();
        assertThat(spans(compiled, "Never you clowns.", splitter, negation)).isEmpty();
    }

    @Test
    void theBuiltInWayOfReadingResourcesFindsLexiconsToo() throws Exception {
        String text = BuiltInRubricText.withRules(RULE.replace("rules:\n", "").replace("@scorn", "@fixture-scorn"));
        Rubric rubric = RubricParser.parse(text, "fixture/rubric.yaml",
                RubricFiles.resources("/lexicon-fixture/", "fixture/"));

        var critique = new ScoringEngine(rubric).score("You clowns.", Scenario.NONE);
        assertThat(critique.findings()).extracting(Finding::start, Finding::end).contains(
                org.assertj.core.groups.Tuple.tuple(4, 10));
    }

    @Test
    void aLexiconThatIsNotThereIsReportedAtTheRuleThatNamesIt() throws Exception {
        Path rubric = rubricWithRule(RULE);

        assertThatThrownBy(() -> Rubric.load(rubric)).isInstanceOf(RubricException.class)
                .hasMessage(folder.resolve("rules/tone.yaml") + ":2: rule 'trainer-scorn' names @scorn: "
                        + "'lexicons/scorn.txt' is not there (" + folder.resolve("lexicons/scorn.txt") + ")");
    }

    @Test
    void aDuplicateEntryIsAnErrorAtItsSecondLine() throws Exception {
        assertLexiconError(HEADER + "clown\njoke\nclown   # again\n", 5, "duplicate entry 'clown' (first on line 3)");
    }

    @Test
    void twoEntriesWithTheSameStemAreOneEntry() throws Exception {
        assertLexiconError(HEADER + "~thank\n~thanks\n", 4, "entry '~thanks' is the same as '~thank' on line 3 (same stem)");
    }

    @Test
    void anEntryWithAForbiddenCharacterIsAnError() throws Exception {
        assertLexiconError(HEADER + "clown\nidiot|fool\n", 4, "entry 'idiot|fool': '|' is not allowed");
        assertLexiconError(HEADER + "@insult\n", 3, "entry '@insult': '@' is not allowed");
        assertLexiconError(HEADER + "(fool\n", 3, "entry '(fool': '(' is not allowed");
        assertLexiconError(HEADER + "~fool*\n", 3, "entry '~fool*': '*' is not allowed");
    }

    @Test
    void anUpperCaseLetterIsAnError() throws Exception {
        assertLexiconError(HEADER + "clown\nIdiot\n", 4, "entry 'Idiot' has an upper-case letter ('I')");
    }

    @Test
    void everyFaultyLineOfALexiconIsReportedInOneRun() throws Exception {
        Path rubric = rubricWithRule(RULE);
        write("lexicons/scorn.txt", HEADER + "clown\nIdiot\n@insult\nclown\n");
        String file = folder.resolve("lexicons/scorn.txt").toString();

        RubricException failure = catchThrowableOfType(RubricException.class, () -> Rubric.load(rubric));

        assertThat(failure.problems()).extracting(Object::toString).containsExactly(
                file + ":4: entry 'Idiot' has an upper-case letter ('I'); write entries in lower case",
                file + ":5: entry '@insult': '@' is not allowed; an entry is letters, digits, ' and -, each word "
                        + "perhaps a prefix word* or a stem ~word, or a lone symbol such as an emoji",
                file + ":6: duplicate entry 'clown' (first on line 3)");
        assertThat(failure).hasMessageEndingWith("(and 2 more problems)");
    }

    @Test
    void aLexiconWithoutEntriesIsAnError() throws Exception {
        assertLexiconError(HEADER + "\n# only comments\n\n", 1, "the lexicon has no entries");
        assertLexiconError("", 1, "the lexicon has no entries");
    }

    @Test
    void aLexiconMustOpenWithCommentsThatSayWhatBelongsInIt() throws Exception {
        assertLexiconError("\nclown\n", 2, "a lexicon opens with comment lines (#)");
    }

    @Test
    void curlyApostrophesAndCrLfLineEndsAreTakenAsTheLetterTakesThem() throws Exception {
        Path rubric = rubricWithRule(RULE.replace("you ..2 [ @scorn ]", "[ @scorn ]"));
        write("lexicons/scorn.txt", HEADER.replace("\n", "\r\n") + "you\u2019re a joke\r\njoke\r\n");

        var critique = new ScoringEngine(Rubric.load(rubric)).score("Honestly, you're a joke.", Scenario.NONE);
        assertThat(critique.findings()).extracting(f -> "Honestly, you're a joke.".substring(f.start(), f.end()))
                .contains("you're a joke");
    }

    private void assertLexiconError(String lexicon, int line, String message) throws IOException {
        Path rubric = rubricWithRule(RULE);
        write("lexicons/scorn.txt", lexicon);
        assertThatThrownBy(() -> Rubric.load(rubric)).isInstanceOf(RubricException.class)
                .hasMessageStartingWith(folder.resolve("lexicons/scorn.txt") + ":" + line + ": " + message)
                .hasMessageNotContaining("\n");
    }

    private static List<String> spans(CompiledRule rule, String text, SentenceSplitter splitter, Negation negation) {
        List<RuleMatch> matches = rule.run(new LetterText(text, splitter, Rubric.builtIn().language()), negation);
        return matches.stream().map(m -> m.span().of(text)).toList();
    }

    private Path rubricWithRule(String rule) throws IOException {
        write("rules/tone.yaml", rule);
        return write("rubric.yaml", BuiltInRubricText.withRuleFiles("rules/tone.yaml"));
    }

    private Path write(String name, String text) throws IOException {
        Path file = folder.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }
}
