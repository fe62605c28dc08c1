package com.followupcoach.ui.practice;

import static org.assertj.core.api.Assertions.assertThat;

import com.followupcoach.scoring.ScoringEngine;
import com.followupcoach.scoring.rubric.Rubric;
import com.followupcoach.ui.common.Messages;
import com.followupcoach.vocabulary.Criterion;
import com.followupcoach.vocabulary.Scenario;
import com.followupcoach.vocabulary.Severity;
import com.followupcoach.vocabulary.Status;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/** Types into the real editor and watches the critique follow. */
class PracticeViewTest extends ApplicationTest {

    private static final String TASK = "practice-test";

    private final InMemoryPracticeRecords records = new InMemoryPracticeRecords();
    private CritiqueService critiques;
    private PracticeViewModel model;

    @Override
    public void start(Stage stage) {
        critiques = new CritiqueService(new ScoringEngine(Rubric.builtIn()));
        WritingTask task = new WritingTask(TASK, "A test exercise", "Answer the rejection.", List.of(), Scenario.NONE);
        model = new PracticeViewModel(critiques, records, List.of(task));
        PracticeStage.show(stage, model, TASK);
    }

    @AfterEach
    void stopWorker() {
        critiques.close();
    }

    @Test
    void typingThanksTurnsTheGratitudeCheckGreen() throws TimeoutException {
        // an empty draft is not judged yet: no red crosses before there is a letter
        await(() -> statusOf("gratitude") == Status.NOT_ASSESSED);

        clickOn("#letter-editor").write("Dear Ms Shah, thank you for letting me know your decision.");

        await(() -> statusOf("gratitude") == Status.MET);
        assertThat(lookup("#score-value").queryLabeled().getText()).matches("\\d+");
    }

    @Test
    void aGreetingAloneGetsNoScoreUntilTheBodyBegins() throws TimeoutException {
        clickOn("#letter-editor").write("Dear Ms Shah,");
        await(() -> lookup("#word-count").queryLabeled().getText().startsWith("3 words"));
        await(() -> lookup("#score-caption").queryLabeled().getText().equals(Messages.get("practice.score.noBody")));
        assertThat(lookup("#score-value").queryLabeled().getText()).isEqualTo("–");

        write(" thank you for letting me know.");

        await(() -> statusOf("gratitude") == Status.MET);
        assertThat(lookup("#score-value").queryLabeled().getText()).matches("\\d+");
    }

    @Test
    void theWordCountSpeaksOfOneWordInTheSingular() throws TimeoutException {
        await(() -> lookup("#word-count").queryLabeled().getText().equals("No words yet"));

        clickOn("#letter-editor").write("Thanks");

        await(() -> lookup("#word-count").queryLabeled().getText().startsWith("1 word \u00b7"));
    }

    @Test
    void aTemplatePlaceholderIsHighlightedWhereItStands() throws TimeoutException {
        String before = "Dear Mr Cole, thank you for the interview at ";
        clickOn("#letter-editor").write(before + "[Company Name] last week.");

        StyleClassedTextArea area = lookup("#letter-editor").queryAs(StyleClassedTextArea.class);
        int placeholderStart = before.length();
        await(() -> highlighted(area, placeholderStart + 1));
        await(() -> !highlighted(area, placeholderStart - 2) && statusOf("personalization") != Status.MET);
    }

    @Test
    void theDraftIsKeptWhileTyping() throws TimeoutException {
        clickOn("#letter-editor").write("Thank you for your time.");

        await(() -> "Thank you for your time.".equals(records.drafts.get(TASK)));
    }

    @Test
    void aHostilePhraseIsAnErrorUnderlinedWhereItStands() throws TimeoutException {
        String before = "Dear Ms Shah, ";
        clickOn("#letter-editor").write(before + "thanks for nothing.");

        StyleClassedTextArea area = lookup("#letter-editor").queryAs(StyleClassedTextArea.class);
        await(() -> area.getStyleOfChar(before.length() + 3).contains(FindingHighlights.styleClass(Severity.ERROR)));
        await(() -> statusOf("tone") != Status.MET);
    }

    @Test
    void writingModeChecksOnlyWhenAsked() throws TimeoutException {
        clickOn("#live-toggle");
        await(() -> !model.liveCritiqueProperty().get() && !records.live);

        clickOn("#letter-editor").write("Thank you for the interview.");
        await(() -> "Thank you for the interview.".equals(records.drafts.get(TASK)));
        // The autosave pause is longer than the typing pause: no critique came meanwhile, so
        // the checklist still shows the empty draft's, which is not judged.
        assertThat(statusOf("gratitude")).isEqualTo(Status.NOT_ASSESSED);

        press(KeyCode.F7).release(KeyCode.F7);
        await(() -> statusOf("gratitude") == Status.MET);
    }

    @Test
    void aChecklistRowOpensWithTheKeyboardToItsExplanation() throws TimeoutException {
        clickOn("#letter-editor").write("Thank you for the interview.");
        await(() -> statusOf("gratitude") == Status.MET);
        TitledPane row = lookup("#criterion-gratitude").queryAs(TitledPane.class);

        interact(row::requestFocus);
        press(KeyCode.SPACE).release(KeyCode.SPACE);

        await(row::isExpanded);
        assertThat(row.getAccessibleText()).startsWith(CriterionNames.name(Criterion.GRATITUDE));
    }

    @Test
    void ctrlSSavesTheDraftAtOnce() throws TimeoutException {
        clickOn("#letter-editor").write("Thank you");
        press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);

        await(() -> "Thank you".equals(records.drafts.get(TASK)));
        assertThat(lookup("#practice-status").queryLabeled().getText()).isNotBlank();
    }

    private Status statusOf(String criterionId) {
        return lookup("#criterion-" + criterionId).tryQueryAs(TitledPane.class)
                .map(pane -> (Status) pane.getProperties().get("status"))
                .orElse(null);
    }

    private static boolean highlighted(StyleClassedTextArea area, int position) {
        return area.getStyleOfChar(position).stream().anyMatch(style -> style.startsWith("finding-"));
    }

    /** Waits until the condition holds, reading the scene on the FX thread as the app does. */
    private static void await(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition::getAsBoolean).get());
    }
}
