package com.followupcoach.app;

import com.followupcoach.progress.Attempt;
import com.followupcoach.progress.ProgressStore;
import com.followupcoach.progress.ReadyMark;
import com.followupcoach.ui.practice.OwnScenario;
import com.followupcoach.ui.practice.PracticeRecords;
import com.followupcoach.vocabulary.Criterion;
import com.followupcoach.vocabulary.Critique;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;

/**
 * Practice's records, kept in the progress store for the active profile. Writes the learner
 * does not wait for (drafts, dismissals, marks, settings) go through the background writer.
 */
final class StorePracticeRecords implements PracticeRecords {

    static final String LIVE_CRITIQUE = "practice.live_critique";

    private final ProgressStore store;
    private final LongSupplier profile;
    private final BackgroundWriter writer;
    /** Drafts queued for writing: a draft read back before its write ran comes from here. */
    private final Map<String, SavedDraft> pending;

    StorePracticeRecords(ProgressStore store, LongSupplier profile, BackgroundWriter writer) {
        this(store, profile, writer, new ConcurrentHashMap<>());
    }

    private StorePracticeRecords(ProgressStore store, LongSupplier profile, BackgroundWriter writer,
                                 Map<String, SavedDraft> pending) {
        this.store = store;
        this.profile = profile;
        this.writer = writer;
        this.pending = pending;
    }

    /** Bound to the learner active now: work queued for later is filed under them. */
    @Override
    public PracticeRecords forActiveLearner() {
        long id = profile.getAsLong();
        return new StorePracticeRecords(store, () -> id, writer, pending);
    }

    @Override
    public Optional<SavedDraft> loadDraft(String taskId) {
        SavedDraft queued = pending.get(key(profile.getAsLong(), taskId));
        return queued != null ? Optional.of(queued)
                : store.drafts().find(profile.getAsLong(), taskId)
                        .map(d -> new SavedDraft(d.text(), d.scenarioJson().flatMap(OwnScenarioJson::read)));
    }

    @Override
    public void saveDraft(String taskId, String text, Optional<OwnScenario> scenario) {
        long id = profile.getAsLong();
        String key = key(id, taskId);
        SavedDraft draft = new SavedDraft(text, scenario);
        pending.put(key, draft);
        writer.write(() -> {
            store.drafts().save(id, taskId, text, scenario.map(OwnScenarioJson::write));
            pending.remove(key, draft);
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
    public List<PastAttempt> attempts(String taskId, int limit) {
        return store.attempts().forExercise(profile.getAsLong(), taskId, limit).stream()
                .map(StorePracticeRecords::past)
                .toList();
    }

    private static PastAttempt past(Attempt a) {
        return new PastAttempt(a.id(), a.text(), a.score(), a.createdAt(), a.criteria().stream()
                .map(o -> new Outcome(o.criterion(), o.status(), o.points(), o.max()))
                .toList());
    }

    @Override
    public void dismissFlag(String taskId, Criterion criterion, String flaggedText, String message) {
        long id = profile.getAsLong();
        writer.write(() -> store.dismissedFlags().dismiss(id, taskId, criterion, flaggedText, message));
    }

    @Override
    public Set<Dismissal> dismissals(String taskId) {
        return store.dismissedFlags().list(profile.getAsLong(), taskId).stream()
                .map(f -> new Dismissal(f.criterion(), f.flaggedText()))
                .collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public void markReady(String taskId, String text) {
        long id = profile.getAsLong();
        writer.write(() -> store.readyMarks().markReady(id, taskId, text));
    }

    @Override
    public void clearReady(String taskId) {
        long id = profile.getAsLong();
        writer.write(() -> store.readyMarks().clear(id, taskId));
    }

    @Override
    public Optional<Instant> readySince(String taskId) {
        return store.readyMarks().find(profile.getAsLong(), taskId).map(ReadyMark::markedAt);
    }

    @Override
    public Duration coolDown() {
        return Duration.ofHours(store.settings().coolDownHours());
    }

    @Override
    public boolean liveCritique() {
        return store.settings().profile(profile.getAsLong(), LIVE_CRITIQUE).map(Boolean::parseBoolean).orElse(true);
    }

    @Override
    public void setLiveCritique(boolean live) {
        long id = profile.getAsLong();
        writer.write(() -> store.settings().setProfile(id, LIVE_CRITIQUE, Boolean.toString(live)));
    }
}
