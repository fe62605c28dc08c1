package com.followupcoach.ui.practice;

import static com.followupcoach.ui.practice.FxWait.until;
import static org.assertj.core.api.Assertions.assertThat;

import com.followupcoach.scoring.ScoringEngine;
import com.followupcoach.scoring.rubric.Rubric;
import com.followupcoach.vocabulary.Criterion;
import com.followupcoach.vocabulary.Scenario;
import com.followupcoach.vocabulary.Status;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;
import org.testfx.framework.junit5.ApplicationTest;

/** The attempts at an exercise: listed, charted, and any two compared. */
class AttemptHistoryTest extends ApplicationTest {

    private static final String TASK = "history-test";

    private final InMemoryPracticeRecords records = new InMemoryPracticeRecords();
    private CritiqueService critiques;

    @Override
    public void start(Stage stage) {
        records.add(TASK, new PracticeRecords.PastAttempt(1, "Dear Ms Shah,\nThank you for the interview.", 40,
                Instant.parse("2026-03-01T10:00:00Z"), List.of(
                        new PracticeRecords.Outcome(Criterion.GRATITUDE, Status.MET, 10, 10),
                        new PracticeRecords.Outcome(Criterion.FEEDBACK_REQUEST, Status.MISSING, 0, 10))));
        records.add(TASK, new PracticeRecords.PastAttempt(2,
                "Dear Ms Shah,\nThank you for the interview. Could you share any feedback?", 70,
                Instant.parse("2026-03-02T10:00:00Z"), List.of(
                        new PracticeRecords.Outcome(Criterion.GRATITUDE, Status.MET, 10, 10),
                        new PracticeRecords.Outcome(Criterion.FEEDBACK_REQUEST, Status.MET, 10, 10))));
        critiques = new CritiqueService(new ScoringEngine(Rubric.builtIn()));
        WritingTask task = new WritingTask(TASK, "A test exercise", "Answer the rejection.", List.of(), Scenario.NONE);
        PracticeViewModel model = new PracticeViewModel(critiques, records, List.of(task));
        PracticeStage.show(stage, model, TASK);
    }

    @AfterEach
    void stopWorker() {
        critiques.close();
    }

    @Test
    void comparingTwoAttemptsShowsTheAddedWordsAndTheCriterionThatChanged() throws TimeoutException {
        clickOn("#letter-editor");
        press(KeyCode.CONTROL, KeyCode.H).release(KeyCode.H, KeyCode.CONTROL);
        until(() -> lookup("#attempt-list").tryQuery().isPresent());
        ListView<?> list = lookup("#attempt-list").queryAs(ListView.class);
        assertThat(list.getItems()).hasSize(2);
        assertThat(lookup("#score-chart").tryQuery()).isPresent();
        assertThat(lookup("#compare-attempts").query().isDisabled()).isTrue();

        interact(() -> list.getSelectionModel().selectAll());
        clickOn("#compare-attempts");

        TextFlow after = lookup("#compare-after").queryAs(TextFlow.class);
        until(() -> !after.getChildren().isEmpty());
        List<String> inserted = after.getChildren().stream()
                .filter(node -> node.getStyleClass().contains("diff-inserted"))
                .map(node -> ((Text) node).getText())
                .toList();
        assertThat(String.join("", inserted)).contains("feedback");
        TextFlow before = lookup("#compare-before").queryAs(TextFlow.class);
        assertThat(before.getChildren()).noneMatch(node -> node.getStyleClass().contains("diff-deleted")
                && ((Text) node).getText().contains("Thank"));
        assertThat(lookup("#change-feedback_request").queryAs(Label.class).getText())
                .isEqualTo(CriterionNames.status(Status.MISSING) + " \u2192 " + CriterionNames.status(Status.MET));
        assertThat(lookup("#change-gratitude").queryAs(Label.class).getStyleClass()).contains("criterion-unchanged");
    }

    @Test
    void theComparisonGivesBothLettersRoomFitsItsTableAndClosesWithEscOrClose() throws Exception {
        clickOn("#letter-editor");
        press(KeyCode.CONTROL, KeyCode.H).release(KeyCode.H, KeyCode.CONTROL);
        until(() -> lookup("#attempt-list").tryQuery().isPresent());
        ListView<?> list = lookup("#attempt-list").queryAs(ListView.class);
        interact(() -> list.getSelectionModel().selectAll());
        clickOn("#compare-attempts");
        until(() -> lookup("#compare-after").tryQuery().map(javafx.scene.Node::isVisible).orElse(false));

        javafx.scene.Node window = lookup("#compare-view").query().getScene().getRoot();
        javafx.geometry.Bounds table = WaitForAsyncUtils.asyncFx(() -> lookup("#compare-table").query()
                .localToScene(lookup("#compare-table").query().getLayoutBounds())).get();
        // Each letter has room for several lines, and the table ends inside the window.
        assertThat(lookup("#compare-before-scroll").query().getLayoutBounds().getHeight()).isGreaterThan(150);
        assertThat(lookup("#compare-after-scroll").query().getLayoutBounds().getHeight()).isGreaterThan(150);
        assertThat(table.getMaxY()).isLessThanOrEqualTo(window.getLayoutBounds().getHeight() + 0.5);

        press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        until(() -> lookup("#attempt-list").tryQuery().map(javafx.scene.Node::isVisible).orElse(false)
                && lookup("#compare-view").tryQuery().map(n -> n.getScene() == null).orElse(true));

        clickOn("#compare-attempts");
        until(() -> lookup("#compare-close").tryQuery().isPresent());
        clickOn("#compare-close");
        until(() -> lookup("#compare-view").tryQuery().map(n -> n.getScene() == null).orElse(true));
    }
}
