package com.followupcoach.ui.practice;

import static org.assertj.core.api.Assertions.assertThat;

import com.followupcoach.scoring.ScoringEngine;
import com.followupcoach.scoring.rubric.Rubric;
import com.followupcoach.vocabulary.Criterion;
import com.followupcoach.vocabulary.Critique;
import com.followupcoach.vocabulary.Finding;
import com.followupcoach.vocabulary.Scenario;
import com.followupcoach.vocabulary.Status;
import com.followupcoach.ui.common.Messages;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Practice view model without a stage: its UI thread, store thread, engine thread and
 * typing pause are run by hand, so each test stages one order of events exactly.
 */
class PracticeViewModelTest {

    private static final String TASK = "vm-test";
    private static final String LETTER = "Dear Ms Shah, thank you. Meeting your team was awesome and I learnt a lot.";

    private final ManualThreads threads = new ManualThreads();
    private final StubScorer scorer = new StubScorer();
    private final LearnersRecords records = new LearnersRecords();
    private final WritingTask task = new WritingTask(TASK, "A test exercise", "Answer the rejection.", List.of(),
            Scenario.NONE);
    private PracticeViewModel model;

    @BeforeEach
    void openTheTask() {
        model = new PracticeViewModel(new CritiqueService(scorer, threads.engine), records, List.of(task),
                threads.threads());
        model.open(TASK);
        threads.runAll();
    }

    @Test
    void aFindingFollowsItsWordsWhenTextIsInsertedBeforeIt() {
        checked(LETTER);

        // The case: "Hello " typed at the start, then Alt+Enter before the next check.
        model.textProperty().set("Hello " + LETTER);
        Finding casual = onlyFinding();

        apply(model.suggestionFor(casual).orElseThrow());

        assertThat(model.textProperty().get())
                .isEqualTo("Hello " + LETTER.replace(StubScorer.CASUAL, StubScorer.SUGGESTION));
    }

    @Test
    void aFindingWhoseWordsWereEditedIsWithdrawnAndReplacesNothing() {
        checked(LETTER);
        Finding casual = onlyFinding();
        int inside = casual.start() + 2;

        String edited = LETTER.substring(0, inside) + "XX" + LETTER.substring(inside);
        model.textProperty().set(edited);

        assertThat(model.critiqueProperty().get().findings()).isEmpty();
        assertThat(model.suggestionFor(casual)).isEmpty();
        assertThat(model.textProperty().get()).isEqualTo(edited);
        assertThat(model.statusProperty().get()).isEqualTo(Messages.get("practice.finding.outdated"));
    }

    @Test
    void aSecondSuggestionFromTheCritiqueBeforeTheFirstWasAppliedReplacesNothing() {
        String twice = "It was awesome, truly awesome.";
        checked(twice);
        List<Finding> old = model.critiqueProperty().get().findings();
        assertThat(old).hasSize(2);

        apply(model.suggestionFor(old.get(0)).orElseThrow());
        String once = "It was " + StubScorer.SUGGESTION + ", truly awesome.";
        assertThat(model.textProperty().get()).isEqualTo(once);

        // The second finding of the old critique no longer says where its words are.
        assertThat(model.suggestionFor(old.get(1))).isEmpty();
        assertThat(model.textProperty().get()).isEqualTo(once);
        assertThat(model.statusProperty().get()).isEqualTo(Messages.get("practice.finding.outdated"));
        // The same finding as the critique now shows it, moved with its words, still applies.
        apply(model.suggestionFor(onlyFinding()).orElseThrow());
        assertThat(model.textProperty().get()).isEqualTo("It was " + StubScorer.SUGGESTION + ", truly "
                + StubScorer.SUGGESTION + ".");
    }

    @Test
    void aSuggestionToRemoveASentenceTakesTheSpaceAfterItToo() {
        ScoringEngine engine = new ScoringEngine(Rubric.builtIn());
        model = new PracticeViewModel(new CritiqueService(engine::score, threads.engine), records, List.of(task),
                threads.threads());
        model.open(TASK);
        threads.runAll();
        checked("Thank you for letting me know. You people are idiots. I hope to apply again.");
        Finding insult = model.critiqueProperty().get().findings().stream()
                .filter(f -> f.criterion() == Criterion.TONE).findFirst().orElseThrow();
        assertThat(insult.suggestsRemoval()).isTrue();

        apply(model.suggestionFor(insult).orElseThrow());

        assertThat(model.textProperty().get()).isEqualTo("Thank you for letting me know. I hope to apply again.");
    }

    @Test
    void anAnswerForOlderTextIsMovedOntoTheTextAsItIsNow() {
        model.textProperty().set(LETTER);
        model.requestCritique();
        threads.engine.runAll();
        // The learner typed while the engine worked; its answer arrives afterwards.
        model.textProperty().set("Hello " + LETTER);
        threads.runAll();

        Finding casual = onlyFinding();
        assertThat(model.textProperty().get().substring(casual.start(), casual.end())).isEqualTo(StubScorer.CASUAL);
    }

    @Test
    void onlyTheNewestOfQueuedChecksRuns() {
        model.textProperty().set("Thank you.");
        model.requestCritique();
        model.textProperty().set("Thank you. It was awesome.");
        model.requestCritique();
        int before = scorer.scored.get();

        threads.runAll();

        assertThat(scorer.scored.get() - before).isEqualTo(1);
        assertThat(onlyFinding()).isNotNull();
    }

    @Test
    void liveCritiqueWaitsForAPauseInTyping() {
        int before = scorer.scored.get();
        model.textProperty().set("Thank");
        model.textProperty().set("Thank you");
        threads.runAll();
        assertThat(scorer.scored.get()).isEqualTo(before);

        threads.pauseEnds();
        threads.runAll();

        assertThat(scorer.scored.get()).isEqualTo(before + 1);
        assertThat(model.critiqueProperty().get().result(Criterion.GRATITUDE)
                .orElseThrow().status()).isEqualTo(Status.MET);
    }

    @Test
    void anEngineFailureIsOneLineAndTheTextStays() {
        model = new PracticeViewModel(new CritiqueService((text, scenario, dismissed) -> {
            throw new IllegalStateException("rubric pattern broke");
        }, threads.engine), records, List.of(task), threads.threads());
        model.open(TASK);
        threads.runAll();
        model.textProperty().set(LETTER);

        model.requestCritique();
        threads.runAll();

        assertThat(model.problemProperty().get()).contains("rubric pattern broke").doesNotContain("\n");
        assertThat(model.critiqueProperty().get()).isNull();
        assertThat(model.textProperty().get()).isEqualTo(LETTER);
    }

    @Test
    void aDismissalTakesTheFlagOutOfTheScore() {
        checked(LETTER);
        int flagged = model.critiqueProperty().get().score();

        model.dismiss(onlyFinding());
        threads.runAll();

        Critique after = model.critiqueProperty().get();
        assertThat(after.findings()).isEmpty();
        assertThat(after.score()).isGreaterThan(flagged);
        assertThat(after.result(Criterion.TONE).orElseThrow().status()).isEqualTo(Status.MET);
        assertThat(records.of("Bo").dismissedTexts).containsExactly(StubScorer.CASUAL);
    }

    @Test
    void theDraftIsReadOffTheUiThreadAndTheEditorWaitsForIt() {
        records.of("Bo").drafts.put(TASK, "My saved draft.");
        model = new PracticeViewModel(new CritiqueService(scorer, threads.engine), records, List.of(task),
                threads.threads());

        model.open(TASK);

        // Nothing read yet: the store's work waits on its own thread.
        assertThat(threads.storage.size()).isPositive();
        assertThat(model.loadingProperty().get()).isTrue();
        assertThat(model.textProperty().get()).isEmpty();
        threads.runAll();
        assertThat(model.loadingProperty().get()).isFalse();
        assertThat(model.textProperty().get()).isEqualTo("My saved draft.");
    }

    @Test
    void anAttemptIsFiledUnderTheLearnerWhoSubmittedIt() {
        model.textProperty().set(LETTER);
        model.submitAttempt();
        // Another learner becomes active before the engine and the store get to the attempt.
        records.active = "Al";

        threads.runAll();

        assertThat(records.of("Bo").attempts.get(TASK)).hasSize(1);
        assertThat(records.of("Al").attempts).isEmpty();
        assertThat(records.of("Bo").attempts.get(TASK).get(0).text()).isEqualTo(LETTER);
    }

    @Test
    void aSubmitConfirmsTheScoreAndItsChangeFromTheLastAttempt() {
        records.of("Bo").add(TASK, new PracticeRecords.PastAttempt(1, "Thanks.", 40, Instant.parse("2026-01-01T10:00:00Z"),
                List.of()));
        model.textProperty().set("Thank you for the interview.");

        model.submitAttempt();
        threads.runAll();

        Submission done = model.submissionProperty().get();
        assertThat(done.score()).isEqualTo(100);
        assertThat(done.change()).contains(60);
        assertThat(done.message()).contains("100 / 100").contains("Up 60 points").contains("(40)");
        assertThat(model.latestAttemptProperty().get().score()).isEqualTo(100);
    }

    @Test
    void aGreetingAloneIsNotKeptAsAnAttempt() {
        model.textProperty().set(StubScorer.GREETING_ONLY);

        model.submitAttempt();
        threads.runAll();

        assertThat(records.of("Bo").attempts).isEmpty();
        assertThat(model.submissionProperty().get()).isNull();
        assertThat(model.statusProperty().get()).isEqualTo(Messages.get("practice.submit.noBody"));
        assertThat(model.textProperty().get()).isEqualTo(StubScorer.GREETING_ONLY);
    }

    @Test
    void aFailedSubmitSaysSoInOneLineAndKeepsTheLetter() {
        records.failAttemptWith = "database is locked";
        model.textProperty().set(LETTER);

        model.submitAttempt();
        threads.runAll();

        assertThat(model.problemProperty().get()).contains("database is locked").contains("could not be saved");
        assertThat(model.submissionProperty().get()).isNull();
        assertThat(model.textProperty().get()).isEqualTo(LETTER);
    }

    @Test
    void aDismissalIsFiledUnderTheLearnerWhoMadeIt() {
        checked(LETTER);
        model.dismiss(onlyFinding());
        records.active = "Al";

        threads.runAll();

        assertThat(records.of("Bo").dismissedTexts).containsExactly(StubScorer.CASUAL);
        assertThat(records.of("Al").dismissedTexts).isEmpty();
    }

    @Test
    void aFindingIsExplainedByWhyItsCriterionMattersNotByTheChecklistLine() {
        checked(LETTER);
        Finding casual = onlyFinding();
        String checklistLine = model.critiqueProperty().get().result(Criterion.TONE).orElseThrow().message();

        String why = model.explain(casual).why();

        assertThat(why).isEqualTo(Messages.get("progress.why.tone")).isNotEqualTo(checklistLine);
    }

    @Test
    void everyCriterionHasAReasonToGiveOnTheCard() {
        for (Criterion criterion : Criterion.values()) {
            assertThat(PracticeViewModel.whyItMatters(criterion)).as(criterion.id()).isNotBlank();
        }
    }

    private void checked(String letter) {
        model.textProperty().set(letter);
        model.requestCritique();
        threads.runAll();
    }

    private Finding onlyFinding() {
        List<Finding> findings = model.critiqueProperty().get().findings();
        assertThat(findings).hasSize(1);
        return findings.get(0);
    }

    private void apply(PracticeViewModel.Suggestion edit) {
        String text = model.textProperty().get();
        model.textProperty().set(text.substring(0, edit.start()) + edit.replacement() + text.substring(edit.end()));
    }
}
