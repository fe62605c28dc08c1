package com.followupcoach.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.followupcoach.progress.ProgressStore;
import com.followupcoach.progress.ProgressStoreOpener;
import com.followupcoach.scoring.ScoringEngine;
import com.followupcoach.scoring.rubric.Rubric;
import com.followupcoach.ui.practice.OwnScenario;
import com.followupcoach.ui.practice.PracticeRecords;
import com.followupcoach.vocabulary.Criterion;
import com.followupcoach.vocabulary.Medium;
import com.followupcoach.vocabulary.Scenario;
import com.followupcoach.vocabulary.Status;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Practice's records in a real progress store. */
class StorePracticeRecordsTest {

    private static final String TASK = "your-own-letter-real";

    @TempDir
    Path dir;
    private ProgressStore store;
    private BackgroundWriter writer;
    private long me;

    @BeforeEach
    void open() {
        store = new ProgressStoreOpener(Clock.systemUTC()).openForApp(dir).store();
        me = store.profiles().lastActive().id();
        writer = new BackgroundWriter(message -> {
            throw new AssertionError(message);
        });
    }

    @AfterEach
    void close() {
        writer.close();
        store.close();
    }

    private PracticeRecords records() {
        return new StorePracticeRecords(store, () -> me, writer);
    }

    @Test
    void aDraftKeepsTheLearnersOwnScenario() {
        OwnScenario own = new OwnScenario("Halden", "Site Engineer", "Mrs Bright", Optional.of(6), Medium.PAPER);
        records().saveDraft(TASK, "Dear Mrs Bright,", Optional.of(own));
        writer.close();

        PracticeRecords.SavedDraft draft = new StorePracticeRecords(store, () -> me, new BackgroundWriter(m -> { }))
                .loadDraft(TASK).orElseThrow();
        assertThat(draft.text()).isEqualTo("Dear Mrs Bright,");
        assertThat(draft.scenario()).contains(own);
        assertThat(store.drafts().find(me, TASK).orElseThrow().scenarioJson()).isPresent();
    }

    @Test
    void attemptsComeBackNewestFirstWithTheirOutcomes() {
        ScoringEngine engine = new ScoringEngine(Rubric.builtIn());
        records().recordAttempt(TASK, "Dear Ms Shah,", engine.score("Dear Ms Shah,", Scenario.NONE));
        records().recordAttempt(TASK, "Thank you for letting me know, Ms Shah.", engine.score("Thank you for letting me know, Ms Shah.", Scenario.NONE));

        List<PracticeRecords.PastAttempt> attempts = records().attempts(TASK, 10);
        assertThat(attempts).extracting(PracticeRecords.PastAttempt::text)
                .containsExactly("Thank you for letting me know, Ms Shah.", "Dear Ms Shah,");
        assertThat(attempts.get(0).outcome(Criterion.GRATITUDE).orElseThrow().status()).isEqualTo(Status.MET);
        assertThat(records().latestAttempt(TASK)).isPresent();
    }

    @Test
    void aDismissedFlagIsStoredForThisTaskAndCountedForTheTrainer() {
        records().dismissFlag(TASK, Criterion.TONE, "awesome", "Too casual.");
        writer.close();

        assertThat(records().dismissals(TASK)).containsExactly(new PracticeRecords.Dismissal(Criterion.TONE, "awesome"));
        assertThat(records().dismissals("another-task")).isEmpty();
        assertThat(store.dismissedFlags().countByCriterion()).containsEntry(Criterion.TONE, 1);
    }

    @Test
    void readyMarksCoolDownAndTheLiveChoiceAreKept() {
        store.settings().setCoolDownHours(48);
        records().markReady(TASK, "Dear Mrs Bright,");
        records().setLiveCritique(false);
        writer.close();

        assertThat(records().readySince(TASK)).isPresent();
        assertThat(records().coolDown()).isEqualTo(Duration.ofHours(48));
        assertThat(records().liveCritique()).isFalse();
    }
}
