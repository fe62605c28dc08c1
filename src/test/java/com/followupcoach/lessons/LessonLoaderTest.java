package com.followupcoach.lessons;

import static org.assertj.core.api.Assertions.assertThat;

import com.followupcoach.vocabulary.Criterion;
import com.followupcoach.vocabulary.Medium;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loading the valid fixture: what the model holds. */
class LessonLoaderTest {

    @TempDir
    Path folder;

    LessonLibrary library;

    @BeforeEach
    void load() {
        library = FixtureFolder.copyTo(folder).load();
    }

    @Test
    void loadsTheFixtureWithoutProblems() {
        assertThat(library.problems()).isEmpty();
        assertThat(library.skipped()).isEmpty();
        assertThat(library.modules()).extracting(LessonModule::id).containsExactly("first-steps", "second-thoughts");
        assertThat(library.reports()).singleElement().extracting(RootReport::loaded)
                .isEqualTo(new RootReport.Tally(2, 4, 3, 2));
    }

    @Test
    void readsTheCourseAndItsCredit() {
        assertThat(library.course()).hasValue(new Course("Fixture Course", "Two small modules for the tests",
                new SourceCredit("An Article About Letters", "Test Author", "Written for the tests.")));
    }

    @Test
    void readsTheFrontMatterOfALesson() {
        LessonModule module = library.module("first-steps").orElseThrow();
        assertThat(module.title()).isEqualTo("First steps");
        assertThat(module.order()).isEqualTo(1);
        assertThat(module.minutes()).isEqualTo(4);
        assertThat(module.criteria()).containsExactly(Criterion.GRATITUDE, Criterion.ACKNOWLEDGEMENT);
        assertThat(module.takeaways()).containsExactly("Say thank you.", "Accept the decision.");
        assertThat(module.origin()).isEqualTo(LessonRoot.folder(folder));
    }

    @Test
    void splitsTheBodyIntoScreensKeepingTheMarkdown() {
        LessonModule module = library.module("first-steps").orElseThrow();
        assertThat(module.sections()).extracting(Section::heading)
                .containsExactly("Say thank you", "Accept the decision", "Sign off");
        assertThat(module.sections().get(0).markdown()).isEqualTo("Start with **thanks**.");
        assertThat(module.sections().get(1).markdown())
                .startsWith("- Stay calm.\n- Keep it short.")
                .contains("## not a heading inside a code block");
    }

    @Test
    void readsQuestionsOfEachKind() {
        Quiz quiz = library.module("first-steps").orElseThrow().quiz();
        assertThat(quiz.questions()).extracting(Question::kind)
                .containsExactly(QuestionKind.SINGLE, QuestionKind.MULTIPLE, QuestionKind.SCENARIO);
        Question scenario = quiz.question("first-steps-angry").orElseThrow();
        assertThat(scenario.scenario()).hasValue("Ana was turned down an hour ago and is cross.");
        assertThat(scenario.options()).first().isEqualTo(new Option("Wait a few days.", true, "Right."));
        assertThat(quiz.question("first-steps-open").orElseThrow().scenario()).isEmpty();
    }

    @Test
    void readsExercisesWithAndWithoutAScenario() {
        assertThat(library.exercises()).extracting(Exercise::id)
                .containsExactly("first-steps-bakery", "first-steps-own", "second-thoughts-library");
        Exercise bakery = library.exercise("first-steps-bakery").orElseThrow();
        assertThat(bakery.stresses()).containsExactly(Criterion.GRATITUDE, Criterion.ACKNOWLEDGEMENT);
        ExerciseScenario scenario = bakery.scenario().orElseThrow();
        assertThat(scenario.interviewDate()).isEqualTo(LocalDate.of(2025, 3, 3));
        assertThat(scenario.rejectionDate()).isEqualTo(LocalDate.of(2025, 3, 10));
        assertThat(scenario.medium()).isEqualTo(Medium.EMAIL);
        assertThat(scenario.changes()).containsExactly("Finished a food hygiene course");
        assertThat(library.exercise("first-steps-own").orElseThrow().scenario()).isEmpty();
        assertThat(library.exercise("second-thoughts-library").orElseThrow().scenario().orElseThrow().changes()).isEmpty();
        assertThat(library.moduleOf(bakery).map(LessonModule::id)).hasValue("first-steps");
    }

    @Test
    void placesEachAnnotationOnItsQuoteInTheLetter() {
        SampleLetter sample = library.sample("good-bakery").orElseThrow();
        assertThat(sample.verdict()).isEqualTo(Verdict.GOOD);
        assertThat(sample.body()).startsWith("Dear Ms Lee,").endsWith("Sam Okoro");
        for (Annotation annotation : sample.annotations()) {
            String marked = sample.body().substring(annotation.start(), annotation.end());
            assertThat(marked.replaceAll("\\s+", " ")).isEqualTo(annotation.quote());
        }
        assertThat(sample.annotations().get(1).criterion()).isEqualTo(Criterion.ACKNOWLEDGEMENT);
        assertThat(sample.body().substring(sample.annotations().get(1).start(), sample.annotations().get(1).end()))
                .contains("\n");
        assertThat(library.samplesFor("second-thoughts")).extracting(SampleLetter::id).containsExactly("weak-library");
        assertThat(library.sample("weak-library").orElseThrow().scenario()).isEmpty();
    }

    @Test
    void listsAreUnmodifiable() {
        LessonModule module = library.module("first-steps").orElseThrow();
        assertThat(module.sections()).isUnmodifiable();
        assertThat(module.quiz().questions().get(0).options()).isUnmodifiable();
        assertThat(library.modules()).isUnmodifiable();
        assertThat(library.problems()).isUnmodifiable();
    }
}
