package com.followupcoach.ui.practice;

import static com.followupcoach.ui.practice.FxWait.until;
import static org.assertj.core.api.Assertions.assertThat;

import com.followupcoach.vocabulary.Scenario;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.ApplicationTest;

/** The learner's real letter: their own scenario, kept with the draft, and the cool-down. */
class OwnLetterTest extends ApplicationTest {

    private static final String OWN = "your-own-letter-real";

    private final InMemoryPracticeRecords records = new InMemoryPracticeRecords();
    private final StubScorer scorer = new StubScorer();
    private CritiqueService critiques;
    private PracticeViewModel model;

    @Override
    public void start(Stage stage) {
        records.coolDown = Duration.ZERO;
        critiques = new CritiqueService(scorer);
        WritingTask own = new WritingTask(OWN, "Your own letter", "Write your own reply.", List.of(), Scenario.NONE);
        model = new PracticeViewModel(critiques, records, List.of(own));
        PracticeStage.show(stage, model, OWN);
    }

    @AfterEach
    void stopWorker() {
        critiques.close();
    }

    @Test
    void theScenarioTypedInIsKeptWithTheDraftAndGivenToTheEngine() throws TimeoutException {
        until(() -> lookup("#own-scenario-form").query().isVisible());

        clickOn("#own-company").write("Halden Construction");
        clickOn("#own-days").write("6");

        until(() -> scorer.lastScenario.company().equals(Optional.of("Halden Construction"))
                && scorer.lastScenario.daysSinceRejection().equals(Optional.of(6)));
        until(() -> records.scenarios.containsKey(OWN)
                && records.scenarios.get(OWN).company().equals("Halden Construction"));
    }

    @Test
    void aLetterMarkedReadyAsksForAFreshReviewOnceItHasRested() throws TimeoutException {
        clickOn("#letter-editor").write("Dear Mrs Bright, thank you.");
        clickOn("#mark-ready");

        until(() -> lookup("#ready-notice").query().isVisible());
        assertThat(records.ready).containsKey(OWN);
        assertThat(lookup("#ready-text").queryAs(Labeled.class).getText()).startsWith("Time to review your letter");

        javafx.scene.control.Button done = lookup("#finish-review").queryButton();
        interact(done::fire);
        until(() -> !lookup("#ready-notice").query().isVisible());
        assertThat(records.ready).doesNotContainKey(OWN);
    }
}
