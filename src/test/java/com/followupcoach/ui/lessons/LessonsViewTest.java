package com.followupcoach.ui.lessons;

import static org.assertj.core.api.Assertions.assertThat;

import com.followupcoach.lessons.BuiltInLessons;
import com.followupcoach.lessons.LessonLibrary;
import com.followupcoach.lessons.LessonLoader;
import com.followupcoach.lessons.LessonModule;
import com.followupcoach.lessons.Question;
import com.followupcoach.ui.theme.ThemeManager;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/** A learner reads a built-in lesson and takes its quiz to the end, by clicking. */
class LessonsViewTest extends ApplicationTest {

    private static final String MODULE = "timing";

    private final InMemoryLessonRecords records = new InMemoryLessonRecords();
    private final List<String> practised = new ArrayList<>();
    private LessonModule timing;

    @Override
    public void start(Stage stage) {
        LessonLibrary library = LessonLoader.load(List.of(BuiltInLessons.root().orElseThrow()));
        timing = library.module(MODULE).orElseThrow();
        LessonsViewModel model = new LessonsViewModel(library.modules(), records, practised::add,
            LessonThreads.direct());
        Scene scene = new Scene(new LessonsView(model, "", ""), 1280, 800);
        new ThemeManager().attach(scene);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void readingEveryScreenMarksTheLessonDone() throws TimeoutException {
        clickOn("#module-" + MODULE);
        assertThat(text("#lesson-title")).isEqualTo(timing.title());
        assertThat(text("#screen-counter")).contains("1 of " + timing.sections().size());

        for (int i = 1; i < timing.sections().size(); i++) {
            clickOn("#lesson-next");
        }

        assertThat(lookup("#lesson-next").queryButton().isDisabled()).isTrue();
        assertThat(lookup("#takeaways").tryQuery()).isPresent();
        clickOn("#lesson-back");
        assertThat(records.status(MODULE)).isEqualTo(LessonStatus.DONE);
        assertThat(text("#module-" + MODULE + " .lesson-status")).isEqualTo("Done");
    }

    @Test
    void takingTheQuizToTheEndRecordsEveryAnswer() throws TimeoutException {
        openQuiz();
        List<Question> questions = timing.quiz().questions();
        for (int q = 0; q < questions.size(); q++) {
            Question question = questions.get(q);
            assertThat(text("#quiz-prompt")).isEqualTo(question.prompt());
            for (int option : question.correctOptions()) {
                clickOn("#quiz-option-" + option);
            }
            clickOn("#quiz-check");
            await(() -> lookup("#quiz-verdict").tryQuery().isPresent());
            assertThat(text("#quiz-verdict")).isEqualTo("Correct.");
            clickOn("#quiz-next");
        }

        await(() -> lookup("#quiz-result").tryQuery().isPresent());
        assertThat(text("#quiz-result")).contains(questions.size() + " of " + questions.size());
        assertThat(records.quizzes.get(MODULE)).hasSize(1);
        assertThat(records.quizzes.get(MODULE).get(0)).hasSize(questions.size())
                .allMatch(LessonRecords.AnsweredQuestion::correct);
        clickOn("#quiz-done");
        assertThat(lookup("#lesson-reader").tryQuery()).isPresent();
    }

    @Test
    void aWrongAnswerIsExplainedAndTheRightOneShown() throws TimeoutException {
        openQuiz();
        Question first = timing.quiz().questions().get(0);
        int wrong = java.util.stream.IntStream.range(0, first.options().size())
                .filter(i -> !first.options().get(i).correct()).findFirst().orElseThrow();
        int right = first.correctOptions().get(0);

        clickOn("#quiz-option-" + wrong);
        clickOn("#quiz-check");

        await(() -> lookup("#quiz-verdict").tryQuery().isPresent());
        assertThat(text("#quiz-verdict")).isEqualTo("Not quite.");
        assertThat(text("#quiz-explanation-" + wrong)).contains(first.options().get(wrong).explanation());
        assertThat(text("#quiz-explanation-" + right)).contains(first.options().get(right).explanation());
        assertThat(lookup("#quiz-option-" + right).query().isDisabled()).as("the answer is fixed once checked").isTrue();
    }

    @Test
    void anExerciseOpensInPractice() {
        clickOn("#module-" + MODULE);
        for (int i = 1; i < timing.sections().size(); i++) {
            clickOn("#lesson-next");
        }
        String exercise = timing.exercises().get(0).id();

        clickOn("#practise-" + exercise);

        assertThat(practised).containsExactly(exercise);
    }

    private void openQuiz() {
        clickOn("#module-" + MODULE);
        for (int i = 1; i < timing.sections().size(); i++) {
            clickOn("#lesson-next");
        }
        Button start = lookup("#start-quiz").queryButton();
        assertThat(start.getText()).contains(String.valueOf(timing.quiz().questions().size()));
        clickOn(start);
    }

    private String text(String query) {
        Node node = lookup(query).query();
        return ((Labeled) node).getText();
    }

    private static void await(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition::getAsBoolean).get());
    }
}
