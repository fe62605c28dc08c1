package com.followupcoach.ui.practice;

import com.followupcoach.scoring.Critique;
import java.time.Instant;
import java.util.Optional;

/**
 * What Practice keeps for the active learner: drafts and scored attempts. The app backs
 * it with the progress store; the view model never sees SQL.
 */
public interface PracticeRecords {

    Optional<String> loadDraft(String taskId);

    void saveDraft(String taskId, String text);

    void recordAttempt(String taskId, String text, Critique critique);

    Optional<AttemptSummary> latestAttempt(String taskId);

    /** The score and time of a submitted attempt. */
    record AttemptSummary(int score, Instant submittedAt) {
    }
}
