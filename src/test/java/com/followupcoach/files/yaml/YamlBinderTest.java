package com.followupcoach.files.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import com.followupcoach.files.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The one YAML binder lesson and rubric files go through: each kind of mistake is one
 * {@code FILE:LINE: message}, and every mistake of a file is reported in one run.
 */
class YamlBinderTest {

    private static final Set<String> OPTION = Set.of("text", "correct", "explanation", "order", "tags");

    private final List<Problem> problems = new ArrayList<>();
    private final FileProblems report = new FileProblems("quiz.yaml", problems);

    private Fields option(String yaml) {
        YamlNode root = YamlReader.read(yaml, 0, report).orElseThrow();
        return Fields.of(root, "option 1", OPTION, report).orElseThrow();
    }

    private List<String> reported() {
        return problems.stream().map(Problem::toString).toList();
    }

    @Test
    void valuesComeBackTypedWithTheLinesTheyAreWrittenOn() {
        Fields f = option("text: Thank you\ncorrect: true\norder: 3\ntags:\n  - polite\n  - short\n");

        assertThat(f.requiredText("text")).contains("Thank you");
        assertThat(f.bool("correct")).contains(true);
        assertThat(f.number("order", 1, 9)).contains(3);
        assertThat(f.texts("tags", false).orElseThrow()).extracting(YamlNode.Scalar::value, YamlNode.Scalar::line)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("polite", 5), org.assertj.core.groups.Tuple.tuple("short", 6));
        assertThat(f.line("order")).isEqualTo(3);
        assertThat(problems).isEmpty();
    }

    @Test
    void anUnknownFieldIsNamedWithTheFieldItWasProbablyMeantAs() {
        option("text: a\ncorect: true\n");

        assertThat(reported()).containsExactly("quiz.yaml:2: unknown field `corect`; did you mean `correct`?");
    }

    @Test
    void theNearestKnownFieldIsTheOneSuggested() {
        Fields.of(YamlReader.read("knid: single\n", 0, report).orElseThrow(), "question 1", Set.of("id", "kind"), report);

        assertThat(reported()).containsExactly("quiz.yaml:1: unknown field `knid`; did you mean `kind`?");
    }

    @Test
    void anUnknownFieldUnlikeAnyKnownOneListsTheKnownOnes() {
        option("text: a\nhint: b\n");

        assertThat(reported()).containsExactly(
                "quiz.yaml:2: unknown field `hint` (expected one of: correct, explanation, order, tags, text)");
    }

    @Test
    void aMisspeltRequiredFieldIsOneMistakeNotTwo() {
        Fields f = option("txet: a\n");

        assertThat(f.requiredText("text")).isEmpty();
        assertThat(reported()).containsExactly("quiz.yaml:1: unknown field `txet`; did you mean `text`?");
    }

    @Test
    void aMissingRequiredFieldIsReportedAtItsObject() {
        Fields f = option("correct: true\nexplanation: because\n");

        assertThat(f.requiredText("text")).isEmpty();
        assertThat(reported()).containsExactly("quiz.yaml:1: option 1 has no text");
    }

    @Test
    void aValueOfTheWrongKindSaysWhatWasExpected() {
        Fields f = option("""
                text:
                  - a list
                correct: 5
                order: first
                tags: polite
                explanation: {a: b}
                """);

        assertThat(f.requiredText("text")).isEmpty();
        assertThat(f.bool("correct")).isEmpty();
        assertThat(f.number("order", 1, 9)).isEmpty();
        assertThat(f.list("tags")).isEmpty();
        assertThat(f.text("explanation")).isEmpty();
        assertThat(reported()).containsExactly(
                "quiz.yaml:1: `text` must be text, not a list",
                "quiz.yaml:3: `correct` must be true or false, not `5`",
                "quiz.yaml:4: `order` must be a whole number, not `first`",
                "quiz.yaml:5: `tags` must be a list (lines starting with `- `), not text",
                "quiz.yaml:6: `explanation` must be text, not a set of fields");
    }

    @Test
    void aNumberOutsideItsRangeSaysTheRange() {
        option("order: 12\n").number("order", 1, 9);
        option("order: -1\n").number("order", 0, Integer.MAX_VALUE);

        assertThat(reported()).containsExactly("quiz.yaml:1: `order` must be between 1 and 9, not 12",
                "quiz.yaml:1: `order` must be 0 or more, not -1");
    }

    @Test
    void aBlankItemOfAListIsReportedAndLeftOut() {
        Fields f = option("tags:\n  - polite\n  -\n  - [nested]\n");

        assertThat(f.texts("tags", false).orElseThrow()).extracting(YamlNode.Scalar::value).containsExactly("polite");
        assertThat(reported()).containsExactly("quiz.yaml:3: item 2 of `tags` is empty",
                "quiz.yaml:4: item 3 of `tags` must be text, not a list");
    }

    @Test
    void aSingleValueMayStandForAListOfOneWhereTheReaderAllowsIt() {
        Fields f = option("tags: polite\n");

        assertThat(f.texts("tags", true).orElseThrow()).extracting(YamlNode.Scalar::value).containsExactly("polite");
        assertThat(problems).isEmpty();
    }

    @Test
    void everyMistakeOfOneFileIsCollectedInOneRun() {
        Fields f = option("""
                text: Thank you
                corect: true
                order: first
                hint: x
                text: again
                """);
        f.number("order", 1, 9);
        f.requiredText("explanation");

        assertThat(reported()).containsExactlyInAnyOrder(
                "quiz.yaml:5: `text` appears twice (first on line 1)",
                "quiz.yaml:2: unknown field `corect`; did you mean `correct`?",
                "quiz.yaml:4: unknown field `hint` (expected one of: correct, explanation, order, tags, text)",
                "quiz.yaml:3: `order` must be a whole number, not `first`",
                "quiz.yaml:1: option 1 has no explanation");
    }

    @Test
    void aNestedObjectThatIsNotASetOfFieldsIsReportedAtItsKey() {
        Fields f = Fields.of(YamlReader.read("id: x\nscenario:\n  - a\n", 0, report).orElseThrow(), "the exercise",
                Set.of("id", "scenario"), report).orElseThrow();

        assertThat(f.child("scenario", "the scenario", Set.of("company"))).isEmpty();
        assertThat(reported()).containsExactly(
                "quiz.yaml:2: the scenario must be a set of `name: value` fields, not a list");
    }

    @Test
    void aMissingFieldOfANestedObjectIsReportedAtTheKeyThatOpensIt() {
        YamlNode root = YamlReader.read("id: x\nscenario:\n  role: baker\n", 0, report).orElseThrow();
        Fields scenario = Fields.of(root, "the exercise", Set.of("id", "scenario"), report).orElseThrow()
                .child("scenario", "the scenario", Set.of("role", "company")).orElseThrow();

        scenario.requiredText("company");
        assertThat(reported()).containsExactly("quiz.yaml:2: the scenario has no company");
    }

    @Test
    void aSyntaxErrorIsOneLineAtItsLine() {
        Optional<YamlNode> read = YamlReader.read("text: a\nprompt: How: now\n", 0, report);

        assertThat(read).isEmpty();
        assertThat(reported()).singleElement().asString()
                .startsWith("quiz.yaml:2: YAML syntax error: mapping values are not allowed here").doesNotContain("\n");
    }

    @Test
    void frontMatterLinesAreLinesOfTheFile() {
        FileProblems lesson = new FileProblems("lesson.md", problems);
        YamlNode root = YamlReader.read("id: a\norder: first\n", 1, lesson).orElseThrow();
        Fields.of(root, "the lesson", Set.of("id", "order"), lesson).orElseThrow().number("order", 0, 9);

        assertThat(reported()).containsExactly("lesson.md:3: `order` must be a whole number, not `first`");
    }

    @Test
    void anEmptyDocumentOrOneThatIsNotASetOfFieldsIsReported() {
        assertThat(YamlReader.read("# only a comment\n", 0, report)).isEmpty();
        YamlNode list = YamlReader.read("- a\n- b\n", 0, report).orElseThrow();
        assertThat(Fields.of(list, "the quiz", Set.of("questions"), report)).isEmpty();

        assertThat(reported()).containsExactly("quiz.yaml:0: the file is empty",
                "quiz.yaml:1: the quiz must be a set of `name: value` fields, not a list");
    }
}
