package com.followupcoach.ui.practice;

import static com.followupcoach.ui.practice.FxWait.until;
import static org.assertj.core.api.Assertions.assertThat;

import com.followupcoach.ui.common.Messages;
import com.followupcoach.vocabulary.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/** The finding at the caret or under the mouse: explained, applied, undone, dismissed. */
class FindingActionsTest extends ApplicationTest {

    private static final String TASK = "finding-test";
    private static final String LETTER = "Dear Ms Shah, thank you. Meeting your team was awesome and I learnt a lot.";
    private static final int CASUAL_AT = LETTER.indexOf(StubScorer.CASUAL);

    private final InMemoryPracticeRecords records = new InMemoryPracticeRecords();
    private final List<String> openedLessons = new ArrayList<>();
    private CritiqueService critiques;
    private PracticeViewModel model;
    private StyleClassedTextArea area;

    @Override
    public void start(Stage stage) {
        critiques = new CritiqueService(new StubScorer());
        WritingTask task = new WritingTask(TASK, "A test exercise", "Answer the rejection.",
                List.of(new WritingTask.ScenarioFact("Company", "Halden")), Scenario.NONE);
        model = new PracticeViewModel(critiques, records, List.of(task));
        model.useLessonLinks(new LessonLinks() {
            @Override
            public Optional<String> title(String lessonId) {
                return Optional.of("Asking for feedback");
            }

            @Override
            public void open(String lessonId) {
                openedLessons.add(lessonId);
            }
        });
        PracticeStage.show(stage, model, TASK);
        area = (StyleClassedTextArea) stage.getScene().lookup("#letter-editor");
    }

    @AfterEach
    void stopWorker() {
        critiques.close();
    }

    @Test
    void theCardAtTheCaretSaysWhatWhyAndWhereItIsTaught() throws TimeoutException {
        writeLetterAndPutCaretInTheFinding();

        until(() -> text("#finding-message").equals(StubScorer.MESSAGE));
        // The reason is the criterion's own, not the checklist line shown beside the card.
        String checklistLine = text("#criterion-tone .criterion-detail");
        assertThat(checklistLine).isEqualTo(StubScorer.TONE_LINE);
        assertThat(text("#finding-why")).contains(Messages.get("progress.why.tone")).doesNotContain(checklistLine);
        assertThat(text("#finding-suggestion")).contains(StubScorer.SUGGESTION);
        assertThat(text("#finding-lesson")).isEqualTo("Lesson: Asking for feedback");
        // A screen reader hears the finding from the editor itself.
        assertThat(area.getAccessibleHelp()).contains(StubScorer.MESSAGE).contains(StubScorer.SUGGESTION);

        clickOn("#finding-lesson");
        assertThat(openedLessons).containsExactly(StubScorer.LESSON);
    }

    @Test
    void altEnterUsesTheSuggestionAndUndoTakesItBack() throws TimeoutException {
        writeLetterAndPutCaretInTheFinding();
        until(() -> lookup("#apply-suggestion").query().isVisible());

        press(KeyCode.ALT, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.ALT);

        String applied = LETTER.replace(StubScorer.CASUAL, StubScorer.SUGGESTION);
        until(() -> area.getText().equals(applied) && model.textProperty().get().equals(applied));
        until(() -> !lookup("#undo").query().isDisabled());
        clickOn("#undo");
        until(() -> area.getText().equals(LETTER));
        until(() -> !lookup("#redo").query().isDisabled());
    }

    @Test
    void hoveringAFindingShowsItsCardInAPopup() throws Exception {
        interact(() -> model.textProperty().set(LETTER));
        until(() -> area.getStyleOfChar(CASUAL_AT + 1).contains("finding-warning"));

        Bounds word = WaitForAsyncUtils.asyncFx(() -> area.getCharacterBoundsOnScreen(CASUAL_AT, CASUAL_AT + 3))
                .get().orElseThrow();
        moveTo(word.getMinX() + word.getWidth() / 2, word.getMinY() + word.getHeight() / 2);

        until(() -> lookup("#popup-finding-message").tryQuery().map(Node::isVisible).orElse(false));
        assertThat(text("#popup-finding-message")).isEqualTo(StubScorer.MESSAGE);
        assertThat(text("#popup-finding-why")).contains(Messages.get("progress.why.tone"))
                .doesNotContain(StubScorer.TONE_LINE);
        assertThat(text("#popup-finding-suggestion")).contains(StubScorer.SUGGESTION);
    }

    @Test
    void aDismissedFlagIsKeptAndStaysHiddenAfterTheNextCritique() throws TimeoutException {
        writeLetterAndPutCaretInTheFinding();
        until(() -> lookup("#dismiss-finding").query().isVisible());

        clickOn("#dismiss-finding");

        assertThat(records.dismissedTexts).containsExactly(StubScorer.CASUAL);
        until(() -> !area.getStyleOfChar(CASUAL_AT + 1).contains("finding-warning"));
        // A later edit is critiqued again; the dismissed words stay unflagged.
        interact(() -> area.appendText(" Best wishes"));
        until(() -> model.critiqueProperty().get() != null
                && model.critiqueProperty().get().words() == LETTER.split("\\s+").length + 2);
        assertThat(model.critiqueProperty().get().findings()).isEmpty();
        assertThat(area.getStyleOfChar(CASUAL_AT + 1)).doesNotContain("finding-warning");
    }

    private void writeLetterAndPutCaretInTheFinding() throws TimeoutException {
        interact(() -> model.textProperty().set(LETTER));
        until(() -> area.getStyleOfChar(CASUAL_AT + 1).contains("finding-warning"));
        clickOn("#letter-editor");
        interact(() -> area.moveTo(CASUAL_AT + 2));
    }

    private String text(String query) {
        return lookup(query).queryAs(Labeled.class).getText();
    }
}
