package com.followupcoach.ui.practice;

import com.followupcoach.vocabulary.Criterion;
import com.followupcoach.vocabulary.Critique;
import com.followupcoach.vocabulary.Status;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What Practice keeps for the active learner: drafts, scored attempts, dismissed flags,
 * "ready" marks and the live-critique choice. The app backs it with the progress store;
 * the view model sees only the records below, never SQL.
 */
public interface PracticeRecords {

    /**
     * The records of the learner active now, kept even if another learner becomes active
     * before the work runs: work is filed under whoever asked for it.
     */
    default PracticeRecords forActiveLearner() {
        return this;
    }

    Optional<SavedDraft> loadDraft(String taskId);

    /** Keeps the draft; the learner's own scenario travels with it (the real-letter task). */
    void saveDraft(String taskId, String text, Optional<OwnScenario> scenario);

    void recordAttempt(String taskId, String text, Critique critique);

    /** The task's attempts, newest first, at most {@code limit}. */
    List<PastAttempt> attempts(String taskId, int limit);

    default Optional<AttemptSummary> latestAttempt(String taskId) {
        return attempts(taskId, 1).stream().findFirst().map(a -> new AttemptSummary(a.score(), a.submittedAt()));
    }

    /** "This flag is wrong": kept, so the finding stays hidden and a trainer can count it. */
    void dismissFlag(String taskId, Criterion criterion, String flaggedText, String message);

    /** What the learner dismissed on this task: a finding matching one is not shown. */
    Set<Dismissal> dismissals(String taskId);

    void markReady(String taskId, String text);

    void clearReady(String taskId);

    /** When the learner marked this task's letter ready, if they did. */
    Optional<Instant> readySince(String taskId);

    /** How long a letter should rest after "ready" before a fresh read. */
    Duration coolDown();

    /** The learner's choice between live critique (writing with hints) and checking on demand. */
    boolean liveCritique();

    void setLiveCritique(boolean live);

    /** A stored draft and, for the real-letter task, the scenario the learner entered. */
    record SavedDraft(String text, Optional<OwnScenario> scenario) {
    }

    /** The score and time of a submitted attempt. */
    record AttemptSummary(int score, Instant submittedAt) {
    }

    /** A submitted attempt with its text and each criterion's outcome, for the history. */
    record PastAttempt(long id, String text, int score, Instant submittedAt, List<Outcome> criteria) {
        public PastAttempt {
            criteria = List.copyOf(criteria);
        }

        public Optional<Outcome> outcome(Criterion criterion) {
            return criteria.stream().filter(o -> o.criterion() == criterion).findFirst();
        }
    }

    /** One criterion's result in a past attempt. */
    record Outcome(Criterion criterion, Status status, int points, int max) {
    }

    /** A dismissed finding: the same criterion on the same words stays hidden. */
    record Dismissal(Criterion criterion, String flaggedText) {
    }
}
