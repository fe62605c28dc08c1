package com.followupcoach.ui.practice;

import static org.assertj.core.api.Assertions.assertThat;

import com.followupcoach.scoring.ScoringEngine;
import com.followupcoach.scoring.rubric.Rubric;
import com.followupcoach.vocabulary.Scenario;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Latency harness, not a test of correctness (tagged "harness", excluded from normal runs):
 * a 1,000-word draft in the real Practice page, 200 keystrokes typed one at a time, each
 * timed from the key event to the highlights of its critique drawn in the editor.
 *
 * <pre>mvn -o -q -B test -Dgroups=harness -DexcludedGroups= -Dtest=PracticeLatencyHarness -Dsurefire.failIfNoSpecifiedTests=false</pre>
 *
 * It prints p50/p95 of: the key event's own cost on the FX thread (the editor echoing the
 * character), the whole keystroke → highlights time (which includes the deliberate typing
 * pause of {@link PracticeViewModel#TYPING_PAUSE}), and that time less the pause.
 */
@Tag("harness")
class PracticeLatencyHarness extends ApplicationTest {

    private static final int KEYSTROKES = 200;
    private static final int WARM_UP = 20;
    private static final String TASK = "latency";

    private CritiqueService critiques;
    private PracticeViewModel model;
    private StyleClassedTextArea area;

    @Override
    public void start(Stage stage) {
        critiques = new CritiqueService(new ScoringEngine(Rubric.builtIn()));
        WritingTask task = new WritingTask(TASK, "Latency", "A long draft.", List.of(), Scenario.NONE);
        model = new PracticeViewModel(critiques, new InMemoryPracticeRecords(), List.of(task));
        PracticeStage.show(stage, model, TASK);
        area = (StyleClassedTextArea) stage.getScene().lookup("#letter-editor");
    }

    @AfterEach
    void stopWorker() {
        critiques.close();
    }

    @Test
    void keystrokeToHighlightsOnAThousandWordDraft() throws Exception {
        String draft = thousandWords();
        CountDownLatch loaded = new CountDownLatch(1);
        Platform.runLater(() -> {
            whenCritiqued(loaded);
            model.textProperty().set(draft);
            area.moveTo(draft.indexOf("\n\n"));
        });
        assertThat(loaded.await(30, TimeUnit.SECONDS)).isTrue();

        List<Long> echo = new ArrayList<>();
        List<Long> total = new ArrayList<>();
        for (int i = 0; i < WARM_UP + KEYSTROKES; i++) {
            CountDownLatch highlighted = new CountDownLatch(1);
            long[] started = new long[1];
            long[] echoed = new long[1];
            Platform.runLater(() -> {
                whenCritiqued(highlighted);
                started[0] = System.nanoTime();
                typeOneCharacter("e");
                echoed[0] = System.nanoTime();
            });
            assertThat(highlighted.await(30, TimeUnit.SECONDS)).isTrue();
            long done = System.nanoTime();
            if (i >= WARM_UP) {
                echo.add(echoed[0] - started[0]);
                total.add(done - started[0]);
            }
        }
        long pause = PracticeViewModel.TYPING_PAUSE.toNanos();
        List<Long> afterPause = total.stream().map(t -> t - pause).toList();
        System.out.printf("%nPractice latency, %d-word draft, %d keystrokes (after %d warm-up):%n",
                draft.trim().split("\\s+").length, KEYSTROKES, WARM_UP);
        report("key event handled on the FX thread (echo)", echo);
        report("keystroke -> highlights applied (incl. " + PracticeViewModel.TYPING_PAUSE.toMillis() + " ms typing pause)", total);
        report("  of which after the typing pause (engine + apply)", afterPause);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * Counts down once a critique of exactly the editor's current text has been shown, its
     * highlights applied. It waits on the critiqued text, not on the highlights changing: an
     * "e" typed into a word moves no finding, so the new critique equals the shown one and
     * the editor has nothing to redraw (waiting for a redraw hung here).
     */
    private void whenCritiqued(CountDownLatch latch) {
        ChangeListener<String> listener = new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends String> obs, String old, String now) {
                if (now.equals(area.getText())) {
                    model.critiquedTextProperty().removeListener(this);
                    latch.countDown();
                }
            }
        };
        model.critiquedTextProperty().addListener(listener);
    }

    /** What a key press delivers to the editor: pressed, typed, released. */
    private void typeOneCharacter(String character) {
        area.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.E, false, false, false, false));
        area.fireEvent(new KeyEvent(KeyEvent.KEY_TYPED, character, "", KeyCode.UNDEFINED, false, false, false, false));
        area.fireEvent(new KeyEvent(KeyEvent.KEY_RELEASED, "", "", KeyCode.E, false, false, false, false));
    }

    private static void report(String what, List<Long> nanos) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        System.out.printf("  %-62s p50 %7.2f ms   p95 %7.2f ms   max %7.2f ms%n", what,
                percentile(sorted, 50), percentile(sorted, 95), sorted.get(sorted.size() - 1) / 1e6);
    }

    private static double percentile(List<Long> sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1e6;
    }

    /** A letter-like draft of about 1,000 words, with placeholders and a hostile phrase to flag. */
    private static String thousandWords() {
        String paragraph = "Thank you for letting me know your decision about the role at [Company Name]. "
                + "I enjoyed meeting the team and learning how you plan the new hospital project, and the interview "
                + "strengthened my wish to work with you. I understand that you chose a candidate with more "
                + "experience, and thanks for nothing is not what I mean to say at all. Since we spoke I have passed "
                + "my supervisor assessment. Could you share any feedback that would help me improve?\n\n";
        StringBuilder text = new StringBuilder("Dear Mrs Bright,\n\n");
        while (text.toString().trim().split("\\s+").length < 1000) {
            text.append(paragraph);
        }
        return text.append("Kind regards,\nNathan Price").toString();
    }
}
