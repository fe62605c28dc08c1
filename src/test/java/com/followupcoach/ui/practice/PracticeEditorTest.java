package com.followupcoach.ui.practice;

import static com.followupcoach.ui.practice.FxWait.until;
import static org.assertj.core.api.Assertions.assertThat;

import com.followupcoach.vocabulary.Scenario;
import com.followupcoach.ui.common.Messages;
import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/** The editor under sequences of actions a learner really makes, with keys and clicks. */
class PracticeEditorTest extends ApplicationTest {

    private static final String TASK = "editor-test";
    private static final String LETTER = "Dear Ms Shah, thank you. Meeting your team was awesome and I learnt a lot.";

    private final InMemoryPracticeRecords records = new InMemoryPracticeRecords();
    private CritiqueService critiques;
    private PracticeViewModel model;
    private StyleClassedTextArea area;

    @Override
    public void start(Stage stage) {
        critiques = new CritiqueService(new StubScorer());
        WritingTask task = new WritingTask(TASK, "A test exercise", "Answer the rejection.", List.of(), Scenario.NONE);
        model = new PracticeViewModel(critiques, records, List.of(task));
        PracticeStage.show(stage, model, TASK);
        area = (StyleClassedTextArea) stage.getScene().lookup("#letter-editor");
    }

    @AfterEach
    void stopWorker() {
        critiques.close();
    }

    @Test
    void textTypedBeforeAFindingDoesNotMakeAltEnterReplaceTheWrongWords() throws TimeoutException {
        // Writing mode: no new check comes between the edit and Alt+Enter.
        clickOn("#live-toggle");
        until(() -> !model.liveCritiqueProperty().get());
        interact(() -> model.textProperty().set(LETTER));
        press(KeyCode.F7).release(KeyCode.F7);
        until(() -> area.getStyleOfChar(LETTER.indexOf(StubScorer.CASUAL) + 1).contains("finding-warning"));

        clickOn("#letter-editor");
        interact(() -> area.moveTo(0));
        write("Hello ");
        interact(() -> area.moveTo("Hello ".length() + LETTER.indexOf(StubScorer.CASUAL) + 2));
        press(KeyCode.ALT, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.ALT);

        until(() -> area.getText().equals("Hello " + LETTER.replace(StubScorer.CASUAL, StubScorer.SUGGESTION)));
    }

    @Test
    void shiftEnterBreaksTheLine() throws TimeoutException {
        clickOn("#letter-editor").write("Dear Ms Shah,");
        press(KeyCode.SHIFT, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.SHIFT);
        write("Thank you.");

        until(() -> area.getText().equals("Dear Ms Shah,\nThank you."));
    }

    @Test
    void f8WithNothingUnderlinedSaysSo() throws TimeoutException {
        clickOn("#letter-editor").write("Thank you for the interview.");
        until(() -> model.critiqueProperty().get() != null && model.critiqueProperty().get().words() == 5);

        press(KeyCode.F8).release(KeyCode.F8);

        until(() -> text("#practice-status").equals(Messages.get("practice.findings.none")));
    }

    @Test
    void anOpenedChecklistRowStaysOpenWhenTheLetterIsScoredAgain() throws TimeoutException {
        clickOn("#letter-editor").write("Thank you.");
        until(() -> lookup("#criterion-gratitude").tryQuery().isPresent());
        TitledPane row = lookup("#criterion-gratitude").queryAs(TitledPane.class);
        clickOn(row.lookup(".title"));
        until(row::isExpanded);

        clickOn("#letter-editor").write(" It was awesome.");
        until(() -> !model.critiqueProperty().get().findings().isEmpty());

        assertThat(lookup("#criterion-gratitude").queryAs(TitledPane.class).isExpanded()).isTrue();
    }

    @Test
    void anUnderlineIsDrawnBelowTheLettersThatHangBelowTheLine() throws Exception {
        interact(() -> model.textProperty().set("Saying it was awesome, quickly."));
        until(() -> area.getStyleOfChar("Saying it was ".length() + 1).contains("finding-warning"));
        WaitForAsyncUtils.waitForFxEvents();

        double[] lines = WaitForAsyncUtils.asyncFx(() -> {
            Text flagged = descendants(area).stream().filter(n -> n instanceof Text t
                    && t.getStyleClass().contains("finding-warning")).map(Text.class::cast).findFirst().orElseThrow();
            Node underline = descendants(area).stream()
                    .filter(n -> n.getClass().getSimpleName().equals("UnderlinePath") && n.isVisible()
                            && !n.getLayoutBounds().isEmpty())
                    .findFirst().orElseThrow();
            double descenders = flagged.localToScene(0, flagged.getLayoutBounds().getMaxY()).getY();
            double lineTop = underline.localToScene(underline.getLayoutBounds()).getMinY();
            return new double[] {descenders, lineTop};
        }).get();
        assertThat(lines[1]).as("underline top vs bottom of g, j, y").isGreaterThanOrEqualTo(lines[0] - 0.5);
    }

    @Test
    void submittingConfirmsTheScoreAndItsChange() throws TimeoutException {
        records.add(TASK, new PracticeRecords.PastAttempt(1, "Hi.", 50, java.time.Instant.parse("2026-01-01T00:00:00Z"),
                List.of()));
        interact(() -> model.textProperty().set("Thank you for the interview."));
        clickOn("#letter-editor");
        press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);

        until(() -> lookup("#submit-confirmation").query().isVisible());
        assertThat(text("#submit-message")).contains("100 / 100").contains("Up 50 points");
        clickOn("#submit-close");
        until(() -> !lookup("#submit-confirmation").query().isVisible());
    }

    @Test
    void anEngineFailureIsShownInOneLine() throws TimeoutException {
        CritiqueService failing = new CritiqueService((text, scenario, dismissed) -> {
            throw new IllegalStateException("the rubric could not be read");
        });
        try {
            interact(() -> {
                PracticeViewModel broken = new PracticeViewModel(failing, records, model.tasks());
                PracticeStage.show((Stage) area.getScene().getWindow(), broken, TASK);
            });
            until(() -> lookup("#practice-problem").tryQuery().map(Node::isVisible).orElse(false));
            assertThat(text("#practice-problem")).contains("the rubric could not be read").doesNotContain("Exception");
        } finally {
            failing.close();
        }
    }

    private String text(String query) {
        return lookup(query).queryAs(Labeled.class).getText();
    }

    private static List<Node> descendants(Parent parent) {
        List<Node> all = new java.util.ArrayList<>();
        for (Node child : parent.getChildrenUnmodifiable()) {
            all.add(child);
            if (child instanceof Parent p) {
                all.addAll(descendants(p));
            }
        }
        return all;
    }
}
