package com.followupcoach.lessons;

import static org.assertj.core.api.Assertions.assertThat;

import com.followupcoach.files.Problem;
import org.junit.jupiter.api.Test;

/** Breaking exercises, scenarios, sample letters and references between files. */
class ExerciseAndSampleValidationTest extends BrokenFixtureTest {

    /** Exactly these problems; the second module and its sample still load. */
    LessonLibrary assertProblems(String... problems) {
        LessonLibrary library = fixture.load();
        assertThat(library.problems()).extracting(Problem::toString).containsExactly(problems);
        assertThat(library.module("second-thoughts")).isPresent();
        assertThat(library.sample("weak-library")).isPresent();
        return library;
    }

    @Test
    void unknownCriterionInTheLessonCriteria() {
        fixture.replace(LESSON, "  - acknowledgement", "  - thanks");
        assertProblems(fixture.at(LESSON, "  - thanks", Scope.unknownCriterion("thanks")));
        assertThat(Scope.unknownCriterion("thanks")).startsWith("unknown criterion id `thanks` (known: gratitude, ");
    }

    @Test
    void unknownCriterionInStresses() {
        fixture.replace(EXERCISES, "      - tone", "      - Tone");
        assertProblems(fixture.at(EXERCISES, "      - Tone", Scope.unknownCriterion("Tone")));
    }

    @Test
    void unknownCriterionInAnAnnotation() {
        fixture.replace(SAMPLE, "criterion: gratitude", "criterion: thanks");
        LessonLibrary library = assertProblems(fixture.at(SAMPLE, "criterion: thanks", Scope.unknownCriterion("thanks")));
        assertThat(library.module("first-steps")).isPresent();
        assertThat(library.sample("good-bakery")).isEmpty();
    }

    @Test
    void duplicateExerciseIdAcrossModules() {
        fixture.replace(OTHER_EXERCISES, "- id: second-thoughts-library", "- id: first-steps-bakery");
        LessonLibrary library = fixture.load();
        assertThat(library.problems()).extracting(Problem::toString).containsExactly(fixture.at(OTHER_EXERCISES,
                "- id: first-steps-bakery", "exercise id `first-steps-bakery` is already used by module `first-steps`"));
        assertThat(library.modules()).extracting(LessonModule::id).containsExactly("first-steps");
        assertThat(library.skipped()).extracting(Skipped::path).contains("02-second-thoughts", "samples/weak-library.md");
    }

    @Test
    void duplicateExerciseIdInOneFile() {
        fixture.replace(EXERCISES, "- id: first-steps-own", "- id: first-steps-bakery");
        assertProblems(EXERCISES + ":" + fixture.lineOf(EXERCISES, "- id: first-steps-bakery", 2)
                + ": exercise id `first-steps-bakery` is used twice in this file");
    }

    @Test
    void duplicateModuleIdInOneFolder() {
        fixture.write("03-first-steps/lesson.md", fixture.read(LESSON).replace("order: 1", "order: 3"));
        LessonLibrary library = fixture.load();
        assertThat(library.problems()).extracting(Problem::toString).containsExactly(
                fixture.at("03-first-steps/lesson.md", "id: first-steps", "module id `first-steps` is already used by " + LESSON));
        assertThat(library.module("first-steps").orElseThrow().order()).isEqualTo(1);
        assertThat(library.skipped()).extracting(Skipped::path).containsExactly("03-first-steps");
    }

    @Test
    void duplicateSampleId() {
        fixture.write("samples/copy.md", fixture.read(SAMPLE));
        assertProblems(fixture.at("samples/copy.md", "id: good-bakery", "sample id `good-bakery` is already used by " + SAMPLE));
    }

    @Test
    void sampleIdNotItsFileName() {
        fixture.write("samples/renamed.md", fixture.read(SAMPLE).replace("id: good-bakery", "id: renamed-bakery"));
        assertProblems(fixture.at("samples/renamed.md", "id: renamed-bakery",
                "`id` is `renamed-bakery` but the file is named renamed.md; they must match"));
    }

    @Test
    void moduleIdNotItsFolderName() {
        fixture.replace(LESSON, "id: first-steps", "id: first-step");
        assertProblems(fixture.at(LESSON, "id: first-step",
                "`id` is `first-step` but the folder is 01-first-steps; the folder must be named NN-first-step"));
    }

    @Test
    void annotationQuoteNotInTheLetter() {
        fixture.replace(SAMPLE, "quote: \"Thank you for letting me know\"", "quote: \"Thanks for letting me know\"");
        assertProblems(fixture.at(SAMPLE, "Thanks for letting me know",
                "annotation 1: the quote is not in the letter: \"Thanks for letting me know\""));
    }

    @Test
    void annotationQuoteFoundTwice() {
        fixture.replace(SAMPLE, "quote: \"Thank you for letting me know\"", "quote: \"e\"");
        assertProblems(fixture.at(SAMPLE, "quote: \"e\"",
                "annotation 1: the quote appears " + fixture.read(SAMPLE).split("---\n", 3)[2].strip().chars()
                        .filter(c -> c == 'e').count() + " times in the letter; quote more of it so it points to one place"));
    }

    @Test
    void sampleOfAModuleThatDoesNotExist() {
        fixture.replace(SAMPLE, "module: first-steps", "module: first-stepz");
        assertProblems(fixture.at(SAMPLE, "module: first-stepz", "no module has the id `first-stepz`"));
    }

    @Test
    void badDate() {
        fixture.replace(EXERCISES, "rejectionDate: \"2025-03-10\"", "rejectionDate: \"2025-02-30\"");
        assertProblems(fixture.at(EXERCISES, "2025-02-30", "`rejectionDate` must be a date written YYYY-MM-DD, not `2025-02-30`"));
    }

    @Test
    void rejectionBeforeInterview() {
        fixture.replace(EXERCISES, "rejectionDate: \"2025-03-10\"", "rejectionDate: \"2025-03-01\"");
        assertProblems(fixture.at(EXERCISES, "2025-03-01", "`rejectionDate` 2025-03-01 is before `interviewDate` 2025-03-03"));
    }

    @Test
    void mediumNeitherEmailNorPaper() {
        fixture.replace(OTHER_EXERCISES, "medium: paper", "medium: fax");
        LessonLibrary library = fixture.load();
        assertThat(library.problems()).extracting(Problem::toString).containsExactly(
                fixture.at(OTHER_EXERCISES, "medium: fax", "`medium` must be one of email, paper, not `fax`"));
        assertThat(library.module("first-steps")).isPresent();
        assertThat(library.module("second-thoughts")).isEmpty();
    }

    @Test
    void scenarioWithoutChanges() {
        fixture.replace(OTHER_EXERCISES, "      changes: []\n", "");
        LessonLibrary library = fixture.load();
        assertThat(library.problems()).extracting(Problem::toString).containsExactly(fixture.at(OTHER_EXERCISES,
                "scenario:", "the scenario has no changes (write `changes: []` if there are none)"));
    }

    @Test
    void negativeDaysSinceRejection() {
        fixture.replace(EXERCISES, "daysSinceRejection: 3", "daysSinceRejection: -1");
        assertProblems(fixture.at(EXERCISES, "daysSinceRejection: -1", "`daysSinceRejection` must be 0 or more, not -1"));
    }
}
