package com.followupcoach.ui.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import com.followupcoach.lessons.Exercise;
import java.time.Duration;
import javafx.css.PseudoClass;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.ApplicationTest;

/**
 * Timed writing: the room writes to an exercise's scenario against a countdown. The clock
 * is a fake one the test moves; the view's own ticks would read the same clock.
 */
class TimedWritingTest extends ApplicationTest {

    private final WorkshopStage workshop = new WorkshopStage();
    private Exercise exercise;

    @Override
    public void start(Stage stage) {
        workshop.show(stage, 1280, 800, true, WorkshopStage.noFiles());
    }

    private void openTimer() {
        exercise = workshop.model.timedExercises().get(0);
        // Below the fold of the Workshop's start page: reached with the keyboard, as a trainer would.
        interact(() -> lookup("#timed-" + exercise.id()).query().requestFocus());
        type(KeyCode.ENTER);
    }

    /** Time passes, and the view's next tick sees it. */
    private void wait(Duration time) {
        workshop.clock.advance(time);
        interact(() -> workshop.model.timer().tick());
    }

    @Test
    void theScenarioShowsLargeWithTenMinutesThatCountDownOnceStarted() {
        openTimer();
        assertThat(text("#timer-title")).isEqualTo(exercise.title());
        assertThat(text("#timer-situation")).contains(exercise.scenario().orElseThrow().company());
        assertThat(text("#timer-clock")).isEqualTo("10:00");
        wait(Duration.ofMinutes(2));
        assertThat(text("#timer-clock")).as("not started: time stands still").isEqualTo("10:00");

        type(KeyCode.SPACE);
        wait(Duration.ofSeconds(65));

        assertThat(text("#timer-clock")).isEqualTo("8:55");
        assertThat(text("#timer-state")).isEqualTo("Writing time");
    }

    @Test
    void keysPauseAddAMinuteAndReset() {
        openTimer();
        type(KeyCode.SPACE);
        wait(Duration.ofSeconds(30));
        type(KeyCode.A);
        assertThat(text("#timer-clock")).isEqualTo("10:30");

        type(KeyCode.SPACE);
        wait(Duration.ofMinutes(3));
        assertThat(text("#timer-clock")).as("paused").isEqualTo("10:30");
        assertThat(text("#timer-state")).isEqualTo("Paused");
        type(KeyCode.PAGE_DOWN);
        wait(Duration.ofSeconds(30));
        assertThat(text("#timer-clock")).as("a clicker resumes it").isEqualTo("10:00");

        type(KeyCode.R);
        wait(Duration.ofMinutes(1));
        assertThat(text("#timer-clock")).isEqualTo("10:00");
        assertThat(text("#timer-state")).isEqualTo("Paused");
    }

    @Test
    void theButtonsDoWhatTheKeysDo() {
        openTimer();
        moveTo("#timer-clock");
        clickOn("#timer-start");
        wait(Duration.ofMinutes(1));
        clickOn("#timer-add-minute");
        assertThat(text("#timer-clock")).isEqualTo("10:00");
        clickOn("#timer-start");
        assertThat(text("#timer-start")).isEqualTo("Start");
        clickOn("#timer-reset");
        assertThat(text("#timer-clock")).isEqualTo("10:00");
    }

    @Test
    void atTheEndTheClockSaysTimesUpInWordsAndTheFrameChanges() {
        openTimer();
        type(KeyCode.SPACE);

        wait(Duration.ofMinutes(11));

        assertThat(text("#timer-clock")).isEqualTo("0:00");
        assertThat(text("#timer-state")).startsWith("Time\u2019s up");
        assertThat(lookup("#timer-view").query().getPseudoClassStates()).contains(PseudoClass.getPseudoClass("finished"));
        type(KeyCode.A);
        assertThat(text("#timer-clock")).isEqualTo("1:00");
        assertThat(lookup("#timer-view").query().getPseudoClassStates()).doesNotContain(PseudoClass.getPseudoClass("finished"));
    }

    private String text(String query) {
        return lookup(query).queryAs(Labeled.class).getText();
    }
}
