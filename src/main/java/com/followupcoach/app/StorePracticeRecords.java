package com.followupcoach.app;

import com.followupcoach.progress.ProgressStore;
import com.followupcoach.scoring.Critique;
import com.followupcoach.ui.practice.PracticeRecords;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/** Practice's drafts and attempts, kept in the progress store for the active profile. */
final class StorePracticeRecords implements PracticeRecords {

    private final ProgressStore store;
    private final LongSupplier profile;
    private final BackgroundWriter writer;
    /** Drafts queued for writing: a draft read back before its write ran comes from here. */
    private final Map<String, String> pending = new ConcurrentHashMap<>();

    StorePracticeRecords(ProgressStore store, LongSupplier profile, BackgroundWriter writer) {
        this.store = store;
        this.profile = profile;
        this.writer = writer;
    }

    @Override
    public Optional<String> loadDraft(String taskId) {
        String queued = pending.get(key(profile.getAsLong(), taskId));
        return queued != null ? Optional.of(queued)
                : store.drafts().find(profile.getAsLong(), taskId).map(d -> d.text());
    }

    @Override
    public void saveDraft(String taskId, String text) {
        long id = profile.getAsLong();
        String key = key(id, taskId);
        pending.put(key, text);
        writer.write(() -> {
            store.drafts().save(id, taskId, text, Optional.empty());
            pending.remove(key, text);
        });
    }

    private static String key(long profileId, String taskId) {
        return profileId + "/" + taskId;
    }

    @Override
    public void recordAttempt(String taskId, String text, Critique critique) {
        // An attempt is read back at once for the history, so it is written before returning.
        store.attempts().record(profile.getAsLong(), taskId, text, critique);
    }

    @Override
    public Optional<AttemptSummary> latestAttempt(String taskId) {
        return store.attempts().forExercise(profile.getAsLong(), taskId, 1).stream()
                .findFirst()
                .map(a -> new AttemptSummary(a.score(), a.createdAt()));
    }
}
