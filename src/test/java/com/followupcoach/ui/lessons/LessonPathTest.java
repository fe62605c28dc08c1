package com.followupcoach.ui.lessons;

import static org.assertj.core.api.Assertions.assertThat;

import com.followupcoach.lessons.LessonModule;
import com.followupcoach.lessons.Question;
import com.followupcoach.ui.theme.Contrast;
import com.followupcoach.ui.theme.Theme;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/** The way through the course in the real window frame: where to start, keys, focus, quiz endings. */
class LessonPathTest extends ApplicationTest {

    private final CourseWindow window = new CourseWindow();
    private List<LessonModule> modules;

    @Override
    public void start(Stage stage) {
        modules = window.library.modules();
        window.show(stage, 1024, 768);
    }

    @Test
    void aNewLearnerIsOfferedStartHereThenContinueWhereTheyLeftOff() {
        assertThat(text("#resume-course")).startsWith("Start here").contains(modules.get(0).title());
        assertThat(focusedId()).as("the page's first meaningful control").isEqualTo("resume-course");

        clickOn("#resume-course");
        assertThat(text("#lesson-title")).isEqualTo(modules.get(0).title());
        clickOn("#lesson-next");
        clickOn("#lesson-back");

        int count = modules.get(0).sections().size();
        assertThat(text("#resume-course")).startsWith("Continue where you left off")
                .contains("screen 2 of " + count);
        clickOn("#resume-course");
        assertThat(text("#screen-counter")).isEqualTo("Screen 2 of " + count);
    }

    @Test
    void lessonScreensTurnWithArrowsAndPageKeysEvenFromTheNavigation() throws Exception {
        clickOn("#module-" + modules.get(1).id());
        int count = modules.get(1).sections().size();
        onFx(() -> lookup("#nav-lessons").query().requestFocus());

        type(KeyCode.RIGHT);
        assertThat(text("#screen-counter")).isEqualTo("Screen 2 of " + count);
        type(KeyCode.PAGE_DOWN);
        assertThat(text("#screen-counter")).isEqualTo("Screen 3 of " + count);
        type(KeyCode.LEFT);
        assertThat(text("#screen-counter")).isEqualTo("Screen 2 of " + count);
        type(KeyCode.PAGE_UP);
        assertThat(text("#screen-counter")).isEqualTo("Screen 1 of " + count);
        assertThat(window.shell.pageProperty().get().id()).as("Right did not switch pages").isEqualTo("lessons");
    }

    @Test
    void theLastScreenOffersTheQuizAndTheNextModuleAndFocusMovesThere() {
        LessonModule first = modules.get(0);
        clickOn("#module-" + first.id());
        assertThat(focusedId()).isEqualTo("lesson-next");
        for (int i = 1; i < first.sections().size(); i++) {
            type(KeyCode.SPACE);
        }

        assertThat(focusedId()).as("focus left the disabled Next for the quiz").isEqualTo("start-quiz");
        assertThat(text("#next-module")).contains(modules.get(1).title());
        clickOn("#next-module");
        assertThat(text("#lesson-title")).isEqualTo(modules.get(1).title());
        assertThat(text("#screen-counter")).startsWith("Screen 1 of");
    }

    @Test
    void aMissedRightOptionIsPointedOutAndAnsweredOptionsStayReadable() throws Exception {
        LessonModule module = modules.get(0);
        openQuiz(module);
        Question multiple = module.quiz().questions().stream().filter(q -> !q.kind().singleAnswer()
                && q.correctOptions().size() > 1).findFirst().orElseThrow();
        int index = module.quiz().questions().indexOf(multiple);
        for (int i = 0; i < index; i++) {
            answerRight(module.quiz().questions().get(i));
            clickOn("#quiz-next");
        }
        int chosen = multiple.correctOptions().get(0);
        int missed = multiple.correctOptions().get(1);
        assertThat(lookup("#quiz-hint").queryLabeled().getText()).isEqualTo("Choose all that apply.");

        clickOn("#quiz-option-" + chosen);
        clickOn("#quiz-check");

        assertThat(text("#quiz-tag-" + chosen)).isEqualTo("You chose this, and it is right.");
        assertThat(text("#quiz-tag-" + missed)).isEqualTo("You missed this one: it is right too.");
        assertThat(text("#quiz-verdict")).startsWith("Not quite");
        for (Theme theme : Theme.values()) {
            onFx(() -> window.themes.themeProperty().set(theme));
            for (int option = 0; option < multiple.options().size(); option++) {
                assertThat(readability("#quiz-option-" + option)).as(theme.id() + " option " + option)
                        .isGreaterThanOrEqualTo(4.5);
            }
        }
    }

    @Test
    void theEndOfAQuizReviewsEachQuestionAndOffersTryAgainAndTheNextModule() {
        LessonModule module = modules.get(0);
        openQuiz(module);
        List<Question> questions = module.quiz().questions();
        Question first = questions.get(0);
        int wrong = IntStream.range(0, first.options().size()).filter(i -> !first.options().get(i).correct())
                .findFirst().orElseThrow();
        clickOn("#quiz-option-" + wrong);
        clickOn("#quiz-check");
        assertThat(text("#quiz-tag-" + first.correctOptions().get(0))).isEqualTo("This is the right answer.");
        clickOn("#quiz-next");
        for (int q = 1; q < questions.size(); q++) {
            answerRight(questions.get(q));
            clickOn("#quiz-next");
        }

        assertThat(lookup("#quiz-review").queryAs(javafx.scene.layout.VBox.class).getChildren()).hasSize(questions.size());
        assertThat(allText("#quiz-review-0")).contains("Wrong", first.prompt(), first.options().get(wrong).text(),
                "Right answer: " + first.options().get(first.correctOptions().get(0)).text());
        assertThat(allText("#quiz-review-1")).contains("Right").doesNotContain("Right answer:");
        assertThat(focusedId()).isEqualTo("quiz-next-module");

        clickOn("#quiz-try-again");
        assertThat(text("#quiz-counter")).isEqualTo("Question 1 of " + questions.size());
        assertThat(window.records.quizzes.get(module.id())).hasSize(1);
    }

    @Test
    void theQuizEndLeadsToTheNextModule() {
        LessonModule module = modules.get(0);
        openQuiz(module);
        for (Question question : module.quiz().questions()) {
            answerRight(question);
            clickOn("#quiz-next");
        }

        clickOn("#quiz-next-module");

        assertThat(text("#lesson-title")).isEqualTo(modules.get(1).title());
    }

    private void openQuiz(LessonModule module) {
        clickOn("#module-" + module.id());
        for (int i = 1; i < module.sections().size(); i++) {
            clickOn("#lesson-next");
        }
        clickOn("#start-quiz");
    }

    private void answerRight(Question question) {
        for (int option : question.correctOptions()) {
            clickOn("#quiz-option-" + option);
        }
        clickOn("#quiz-check");
    }

    /** The contrast of an option's text as drawn (its colour, faded by any opacity) on its background. */
    private double readability(String query) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            Labeled option = lookup(query).queryLabeled();
            option.getScene().getRoot().applyCss();
            Text text = (Text) option.lookup(".text");
            Color behind = Contrast.behind(option);
            Color drawn = Contrast.faded((Color) text.getFill(), Contrast.opacity(text), behind);
            return Contrast.ratio(drawn, behind);
        }).get(10, TimeUnit.SECONDS);
    }

    private String text(String query) {
        return ((Labeled) lookup(query).query()).getText();
    }

    private String allText(String query) {
        StringBuilder all = new StringBuilder();
        for (Node node : lookup(query).lookup(".label").queryAll()) {
            all.append(((Labeled) node).getText()).append('\n');
        }
        return all.toString();
    }

    private String focusedId() {
        WaitForAsyncUtils.waitForFxEvents();
        Node owner = lookup("#shell").query().getScene().getFocusOwner();
        return owner == null ? null : owner.getId();
    }

    private static void onFx(Runnable action) throws Exception {
        WaitForAsyncUtils.asyncFx(action).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
