package com.followupcoach.ui.practice;

import com.followupcoach.scoring.Critique;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Keeps drafts and attempts in maps, for view tests that need no database. */
final class InMemoryPracticeRecords implements PracticeRecords {

    final Map<String, String> drafts = new HashMap<>();
    final Map<String, AttemptSummary> attempts = new HashMap<>();

    @Override
    public Optional<String> loadDraft(String taskId) {
        return Optional.ofNullable(drafts.get(taskId));
    }

    @Override
    public void saveDraft(String taskId, String text) {
        drafts.put(taskId, text);
    }

    @Override
    public void recordAttempt(String taskId, String text, Critique critique) {
        attempts.put(taskId, new AttemptSummary(critique.score(), Instant.now()));
    }

    @Override
    public Optional<AttemptSummary> latestAttempt(String taskId) {
        return Optional.ofNullable(attempts.get(taskId));
    }
}
