package com.followupcoach.ui.practice;

import static com.followupcoach.ui.practice.FxWait.until;
import static org.assertj.core.api.Assertions.assertThat;

import com.followupcoach.scoring.ScoringEngine;
import com.followupcoach.scoring.rubric.Rubric;
import com.followupcoach.ui.common.Messages;
import com.followupcoach.vocabulary.Scenario;
import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.ApplicationTest;

/**
 * A sentence judged as a whole, with the real engine: the whole sentence is underlined, the
 * card offers to remove it or to put a calm sentence in its place, Alt+Enter does exactly
 * that and Ctrl+Z takes it back.
 */
class WholeSentenceEditorTest extends ApplicationTest {

    private static final String TASK = "whole-sentence-test";
    private static final String INSULT = "You people are idiots.";
    private static final String IRONY = "Thanks a lot for wasting my time.";
    private static final String LETTER = "Dear Ms Shah,\n\nThank you for letting me know. " + INSULT
            + " I hope to apply again.\n\n" + IRONY + "\n\nSam";

    private final InMemoryPracticeRecords records = new InMemoryPracticeRecords();
    private CritiqueService critiques;
    private PracticeViewModel model;
    private StyleClassedTextArea area;

    @Override
    public void start(Stage stage) {
        critiques = new CritiqueService(new ScoringEngine(Rubric.builtIn()));
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
    void theWholeSentenceIsUnderlinedAndAltEnterRemovesItCleanly() throws TimeoutException {
        interact(() -> model.textProperty().set(LETTER));
        int at = LETTER.indexOf(INSULT);
        until(() -> area.getStyleOfChar(at + 1).contains("finding-error"));
        for (int i = at; i < at + INSULT.length(); i++) {
            assertThat(area.getStyleOfChar(i)).as("char %d of the sentence", i - at).contains("finding-error");
        }
        assertThat(area.getStyleOfChar(at - 1)).as("the space before").isEmpty();
        assertThat(area.getStyleOfChar(at + INSULT.length())).as("the space after").isEmpty();

        clickOn("#letter-editor");
        interact(() -> area.moveTo(at + 5));
        until(() -> lookup("#apply-suggestion").query().isVisible());
        assertThat(text("#apply-suggestion")).isEqualTo(Messages.get("practice.finding.applyRemoval"));
        assertThat(text("#finding-suggestion")).isEqualTo(Messages.get("practice.finding.remove"));

        press(KeyCode.ALT, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.ALT);

        String removed = LETTER.replace(INSULT + " ", "");
        until(() -> area.getText().equals(removed) && model.textProperty().get().equals(removed));
        press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        until(() -> area.getText().equals(LETTER));
    }

    @Test
    void aSentenceWithACalmWordingIsReplacedWhole() throws TimeoutException {
        interact(() -> model.textProperty().set(LETTER));
        int at = LETTER.indexOf(IRONY);
        until(() -> area.getStyleOfChar(at + IRONY.length() - 2).contains("finding-error"));

        clickOn("#letter-editor");
        interact(() -> area.moveTo(at + 3));
        until(() -> text("#finding-suggestion").contains("Thank you for your time."));
        assertThat(text("#apply-suggestion")).isEqualTo(Messages.get("practice.finding.apply"));

        press(KeyCode.ALT, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.ALT);

        String calm = LETTER.replace(IRONY, "Thank you for your time.");
        until(() -> area.getText().equals(calm));
        // Scored again, the calm sentence draws no tone finding.
        until(() -> model.critiqueProperty().get() != null && model.critiqueProperty().get().findings().stream()
                .noneMatch(f -> f.start() >= at && f.start() < at + "Thank you for your time.".length()));
    }

    private String text(String query) {
        return lookup(query).queryAs(Labeled.class).getText();
    }
}
