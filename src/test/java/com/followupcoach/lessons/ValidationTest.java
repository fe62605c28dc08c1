package com.followupcoach.lessons;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.followupcoach.files.Problem;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The fixture broken one way at a time: each problem is reported at its exact FILE:LINE,
 * the broken module or sample is skipped, and everything else still loads.
 */
class ValidationTest extends BrokenFixtureTest {

    /** The first module was skipped for exactly these problems; the second still loads. */
    void assertFirstModuleSkippedFor(String... problems) {
        LessonLibrary library = fixture.load();
        assertThat(library.problems()).extracting(Problem::toString).containsExactly(problems);
        assertThat(library.skipped()).extracting(Skipped::kind, Skipped::path)
                .contains(tuple(Skipped.Kind.MODULE, "01-first-steps"));
        assertThat(library.modules()).extracting(LessonModule::id).containsExactly("second-thoughts");
        assertThat(library.samples()).extracting(SampleLetter::id).containsExactly("weak-library");
        assertThat(library.skipped()).filteredOn(skipped -> skipped.path().equals(SAMPLE)).singleElement()
                .satisfies(skipped -> assertThat(skipped.reasons()).extracting(Problem::toString)
                        .containsExactly(fixture.at(SAMPLE, "module: first-steps", "module `first-steps` was skipped for errors")));
    }

    @Test
    void unparseableYaml() {
        fixture.replace(QUIZ, "prompt: How should a reply open?", "prompt: How should: a reply: open?");
        assertFirstModuleSkippedFor(fixture.at(QUIZ, "How should: a reply", "YAML syntax error: mapping values are not allowed here"));
    }

    @Test
    void unknownFieldInYaml() {
        fixture.replace(QUIZ, "        explanation: No, never.", "        explanation: No, never.\n        hint: Think.");
        assertFirstModuleSkippedFor(fixture.at(QUIZ, "hint: Think.",
                "unknown field `hint` (expected one of: correct, explanation, text)"));
    }

    @Test
    void misspeltFieldNamesTheIntendedOne() {
        fixture.replace(QUIZ, "prompt: What should Ana do?", "promt: What should Ana do?");
        // one mistake, one problem: the missing `prompt` is the misspelt one, not a second mistake
        assertFirstModuleSkippedFor(fixture.at(QUIZ, "promt:", "unknown field `promt`; did you mean `prompt`?"));
    }

    @Test
    void unknownFieldInFrontMatterPointsIntoTheMarkdownFile() {
        fixture.replace(LESSON, "minutes: 4", "minutes: 4\nauthor: me");
        assertFirstModuleSkippedFor(fixture.at(LESSON, "author: me",
                "unknown field `author` (expected one of: criteria, id, minutes, order, summary, takeaways, title)"));
    }

    @Test
    void missingRequiredField() {
        fixture.replace(LESSON, "summary: Why a short reply matters.\n", "");
        assertFirstModuleSkippedFor(fixture.at(LESSON, "id: first-steps", "the lesson has no summary"));
    }

    @Test
    void wrongTypeOfValue() {
        fixture.replace(LESSON, "order: 1", "order: first");
        assertFirstModuleSkippedFor(fixture.at(LESSON, "order: first", "`order` must be a whole number, not `first`"));
    }

    @Test
    void singleQuestionWithoutACorrectOption() {
        fixture.replace(QUIZ, "      - text: With thanks.\n        correct: true", "      - text: With thanks.\n        correct: false");
        assertFirstModuleSkippedFor(QUIZ + ":" + optionsLine("first-steps-open") + ": question 1 has no correct option");
    }

    @Test
    void singleQuestionWithTwoCorrectOptions() {
        fixture.replace(QUIZ, "      - text: With a demand.\n        correct: false", "      - text: With a demand.\n        correct: true");
        assertFirstModuleSkippedFor(QUIZ + ":" + optionsLine("first-steps-open")
                + ": question 1 has 2 correct options; a single question needs exactly one (use kind: multiple for several)");
    }

    @Test
    void multipleQuestionWithoutACorrectOption() {
        fixture.replace(QUIZ, "      - text: Thanks.\n        correct: true", "      - text: Thanks.\n        correct: false")
                .replace(QUIZ, "      - text: Acceptance.\n        correct: true", "      - text: Acceptance.\n        correct: false");
        assertFirstModuleSkippedFor(QUIZ + ":" + optionsLine("first-steps-parts") + ": question 2 has no correct option");
    }

    @Test
    void scenarioQuestionWithoutAScenario() {
        fixture.replace(QUIZ, "    scenario: Ana was turned down an hour ago and is cross.\n", "");
        assertFirstModuleSkippedFor(fixture.at(QUIZ, "- id: first-steps-angry", "question 3 has no scenario"));
    }

    @Test
    void scenarioOnAQuestionOfAnotherKind() {
        fixture.replace(QUIZ, "    prompt: How should a reply open?", "    prompt: How should a reply open?\n    scenario: Sam.");
        assertFirstModuleSkippedFor(fixture.at(QUIZ, "scenario: Sam.", "only a scenario question has a scenario (use kind: scenario)"));
    }

    @Test
    void fewerThanTwoOptions() {
        fixture.replace(QUIZ, "      - text: Reply at once.\n        correct: false\n        explanation: No.\n", "");
        assertFirstModuleSkippedFor(QUIZ + ":" + optionsLine("first-steps-angry") + ": question 3 needs at least 2 options, not 1");
    }

    @Test
    void optionWithoutExplanation() {
        fixture.replace(QUIZ, "      - text: With a demand.\n        correct: false\n        explanation: No, never.\n",
                "      - text: With a demand.\n        correct: false\n");
        assertFirstModuleSkippedFor(fixture.at(QUIZ, "- text: With a demand.", "option 3 has no explanation"));
    }

    @Test
    void unknownQuestionKind() {
        fixture.replace(QUIZ, "kind: multiple", "kind: many");
        assertFirstModuleSkippedFor(fixture.at(QUIZ, "kind: many", "`kind` must be one of single, multiple, scenario, not `many`"));
    }

    @Test
    void duplicateQuestionIdInAQuiz() {
        fixture.replace(QUIZ, "- id: first-steps-parts", "- id: first-steps-open");
        assertFirstModuleSkippedFor(QUIZ + ":" + fixture.lineOf(QUIZ, "- id: first-steps-open", 2)
                + ": question id `first-steps-open` is already used on line " + fixture.lineOf(QUIZ, "- id: first-steps-open", 1));
    }

    /** The line of the {@code options:} key of a question. */
    int optionsLine(String questionId) {
        return fixture.lineAfter(QUIZ, fixture.lineOf(QUIZ, "- id: " + questionId), "options:");
    }
}
