package com.followupcoach.ui.practice;

import com.followupcoach.vocabulary.Critique;
import com.followupcoach.vocabulary.Criterion;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Practice records of several learners, one of them active, as the store keeps them. */
final class LearnersRecords implements PracticeRecords {

    private final Map<String, InMemoryPracticeRecords> byLearner = new HashMap<>();
    String active = "Bo";
    /** When set, the next write of an attempt fails with this message. */
    String failAttemptWith;

    InMemoryPracticeRecords of(String learner) {
        return byLearner.computeIfAbsent(learner, name -> new InMemoryPracticeRecords());
    }

    private InMemoryPracticeRecords now() {
        return of(active);
    }

    @Override
    public PracticeRecords forActiveLearner() {
        InMemoryPracticeRecords learner = now();
        LearnersRecords self = this;
        return new PracticeRecords() {
            @Override
            public Optional<SavedDraft> loadDraft(String taskId) {
                return learner.loadDraft(taskId);
            }

            @Override
            public void saveDraft(String taskId, String text, Optional<OwnScenario> scenario) {
                learner.saveDraft(taskId, text, scenario);
            }

            @Override
            public void recordAttempt(String taskId, String text, Critique critique) {
                if (self.failAttemptWith != null) {
                    throw new IllegalStateException(self.failAttemptWith);
                }
                learner.recordAttempt(taskId, text, critique);
            }

            @Override
            public List<PastAttempt> attempts(String taskId, int limit) {
                return learner.attempts(taskId, limit);
            }

            @Override
            public void dismissFlag(String taskId, Criterion criterion, String flaggedText, String message) {
                learner.dismissFlag(taskId, criterion, flaggedText, message);
            }

            @Override
            public Set<Dismissal> dismissals(String taskId) {
                return learner.dismissals(taskId);
            }

            @Override
            public void markReady(String taskId, String text) {
                learner.markReady(taskId, text);
            }

            @Override
            public void clearReady(String taskId) {
                learner.clearReady(taskId);
            }

            @Override
            public Optional<Instant> readySince(String taskId) {
                return learner.readySince(taskId);
            }

            @Override
            public Duration coolDown() {
                return learner.coolDown();
            }

            @Override
            public boolean liveCritique() {
                return learner.liveCritique();
            }

            @Override
            public void setLiveCritique(boolean live) {
                learner.setLiveCritique(live);
            }
        };
    }

    @Override
    public Optional<SavedDraft> loadDraft(String taskId) {
        return now().loadDraft(taskId);
    }

    @Override
    public void saveDraft(String taskId, String text, Optional<OwnScenario> scenario) {
        now().saveDraft(taskId, text, scenario);
    }

    @Override
    public void recordAttempt(String taskId, String text, Critique critique) {
        forActiveLearner().recordAttempt(taskId, text, critique);
    }

    @Override
    public List<PastAttempt> attempts(String taskId, int limit) {
        return now().attempts(taskId, limit);
    }

    @Override
    public void dismissFlag(String taskId, Criterion criterion, String flaggedText, String message) {
        now().dismissFlag(taskId, criterion, flaggedText, message);
    }

    @Override
    public Set<Dismissal> dismissals(String taskId) {
        return now().dismissals(taskId);
    }

    @Override
    public void markReady(String taskId, String text) {
        now().markReady(taskId, text);
    }

    @Override
    public void clearReady(String taskId) {
        now().clearReady(taskId);
    }

    @Override
    public Optional<Instant> readySince(String taskId) {
        return now().readySince(taskId);
    }

    @Override
    public Duration coolDown() {
        return now().coolDown();
    }

    @Override
    public boolean liveCritique() {
        return now().liveCritique();
    }

    @Override
    public void setLiveCritique(boolean live) {
        now().setLiveCritique(live);
    }
}
