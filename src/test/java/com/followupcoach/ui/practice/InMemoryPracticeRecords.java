package com.followupcoach.ui.practice;

import com.followupcoach.vocabulary.Criterion;
import com.followupcoach.vocabulary.Critique;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Keeps Practice's records in maps, for view tests that need no database. */
final class InMemoryPracticeRecords implements PracticeRecords {

    // Concurrent: drafts are written by the autosave thread and read by the tests.
    final Map<String, String> drafts = new java.util.concurrent.ConcurrentHashMap<>();
    final Map<String, OwnScenario> scenarios = new java.util.concurrent.ConcurrentHashMap<>();
    final Map<String, List<PastAttempt>> attempts = new HashMap<>();
    final List<String> dismissedTexts = new ArrayList<>();
    final Map<String, Set<Dismissal>> dismissals = new HashMap<>();
    final Map<String, Instant> ready = new HashMap<>();
    Duration coolDown = Duration.ofHours(24);
    boolean live = true;
    private long nextId = 1;

    @Override
    public Optional<SavedDraft> loadDraft(String taskId) {
        return Optional.ofNullable(drafts.get(taskId))
                .map(text -> new SavedDraft(text, Optional.ofNullable(scenarios.get(taskId))));
    }

    @Override
    public void saveDraft(String taskId, String text, Optional<OwnScenario> scenario) {
        drafts.put(taskId, text);
        scenario.ifPresentOrElse(s -> scenarios.put(taskId, s), () -> scenarios.remove(taskId));
    }

    @Override
    public void recordAttempt(String taskId, String text, Critique critique) {
        List<Outcome> outcomes = critique.criteria().stream()
                .map(r -> new Outcome(r.criterion(), r.status(), r.points(), r.max())).toList();
        add(taskId, new PastAttempt(nextId++, text, critique.score(), Instant.now(), outcomes));
    }

    /** An attempt with its own time, as if submitted then. */
    void add(String taskId, PastAttempt attempt) {
        attempts.computeIfAbsent(taskId, k -> new ArrayList<>()).add(0, attempt);
    }

    @Override
    public List<PastAttempt> attempts(String taskId, int limit) {
        return attempts.getOrDefault(taskId, List.of()).stream().limit(limit).toList();
    }

    @Override
    public void dismissFlag(String taskId, Criterion criterion, String flaggedText, String message) {
        dismissedTexts.add(flaggedText);
        dismissals.computeIfAbsent(taskId, k -> new HashSet<>()).add(new Dismissal(criterion, flaggedText));
    }

    @Override
    public Set<Dismissal> dismissals(String taskId) {
        return Set.copyOf(dismissals.getOrDefault(taskId, Set.of()));
    }

    @Override
    public void markReady(String taskId, String text) {
        ready.put(taskId, Instant.now());
    }

    @Override
    public void clearReady(String taskId) {
        ready.remove(taskId);
    }

    @Override
    public Optional<Instant> readySince(String taskId) {
        return Optional.ofNullable(ready.get(taskId));
    }

    @Override
    public Duration coolDown() {
        return coolDown;
    }

    @Override
    public boolean liveCritique() {
        return live;
    }

    @Override
    public void setLiveCritique(boolean on) {
        live = on;
    }
}
