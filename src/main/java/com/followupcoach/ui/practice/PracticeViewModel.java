package com.followupcoach.ui.practice;

import com.followupcoach.vocabulary.Criterion;
import com.followupcoach.vocabulary.Critique;
import com.followupcoach.vocabulary.CriterionResult;
import com.followupcoach.vocabulary.Finding;
import com.followupcoach.vocabulary.TextEdit;
import com.followupcoach.vocabulary.Scenario;
import com.followupcoach.ui.common.Messages;
import java.io.File;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.reactfx.EventStream;
import org.reactfx.EventStreams;

/**
 * The state of the Practice page: which task is open, the draft, and the latest critique.
 * The critique follows the draft after a short pause in typing, computed off the UI
 * thread; only the newest request runs, and its findings are carried through the edits made
 * since, so that an action on a finding always works on the words it judged. With live
 * critique off (writing mode) the draft is only checked when the learner asks. The store is
 * read and written off the UI thread, for the learner, task and text of the moment the
 * learner acted.
 */
public final class PracticeViewModel {

    static final Duration TYPING_PAUSE = Duration.ofMillis(250);
    static final int HISTORY_LIMIT = 50;

    private final CritiqueService critiques;
    private final PracticeRecords records;
    private final PracticeThreads threads;
    private final ObservableList<WritingTask> tasks = FXCollections.observableArrayList();
    private final ObjectProperty<WritingTask> task = new SimpleObjectProperty<>();
    private final StringProperty text = new SimpleStringProperty("");
    private final ObjectProperty<OwnScenario> ownScenario = new SimpleObjectProperty<>(OwnScenario.EMPTY);
    private final ReadOnlyObjectWrapper<Critique> critique = new ReadOnlyObjectWrapper<>();
    private final BooleanProperty liveCritique = new SimpleBooleanProperty(true);
    private final ReadOnlyObjectWrapper<PracticeRecords.AttemptSummary> latestAttempt = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Submission> submission = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final DismissedFindings dismissed = new DismissedFindings();
    private final ReviewReminder reminder;
    private LessonLinks lessons = LessonLinks.NONE;
    private LetterFiles files = LetterFiles.UNAVAILABLE;
    private DraftAutosave autosave;
    /** The findings shown, each with the words it judged: an action first checks they are still there. */
    private JudgedFindings judged = JudgedFindings.NONE;
    /**
     * The text of the critique last shown, set once it is shown. The critique property alone
     * does not say that: a critique equal to the shown one (the edit moved no finding) is no change.
     */
    private final ReadOnlyStringWrapper critiquedText = new ReadOnlyStringWrapper("");
    private long latestRequest;
    private long latestLoad;
    private boolean switchingTask;
    private boolean loadingLiveChoice;
    private Runnable pendingCritique = () -> { };

    public PracticeViewModel(CritiqueService critiques, PracticeRecords records, List<WritingTask> available) {
        this(critiques, records, available, PracticeThreads.fxWithDirectStorage(), Clock.systemDefaultZone());
    }

    public PracticeViewModel(CritiqueService critiques, PracticeRecords records, List<WritingTask> available,
                             PracticeThreads threads) {
        this(critiques, records, available, threads, Clock.systemDefaultZone());
    }

    PracticeViewModel(CritiqueService critiques, PracticeRecords records, List<WritingTask> available,
                      PracticeThreads threads, Clock clock) {
        this.critiques = critiques;
        this.records = records;
        this.threads = threads;
        this.reminder = new ReviewReminder(clock);
        this.autosave = new DraftAutosave((owner, taskId, draft, scenario) -> records.saveDraft(taskId, draft, scenario),
                () -> 0L, DraftAutosave.ownThread(), DraftAutosave.Listener.NONE);
        tasks.setAll(available);
        readLiveChoice();
        liveCritique.addListener((obs, was, live) -> {
            if (loadingLiveChoice) {
                return;
            }
            PracticeRecords learner = records.forActiveLearner();
            store(() -> learner.setLiveCritique(live), failure -> { });
            if (live) {
                requestCritique();
            }
        });
        task.addListener((obs, old, now) -> switchTo(old, now));
        text.addListener((obs, old, now) -> followEdit(old, now));
        EventStream<?> edits = EventStreams.merge(EventStreams.changesOf(text), EventStreams.changesOf(ownScenario))
                .filter(change -> !switchingTask);
        edits.filter(change -> liveCritique.get()).subscribe(change -> critiqueAfterPause());
        edits.subscribe(change -> currentTask().ifPresent(this::draftChanged));
    }

    /** Where "Lesson: …" links go; the app wires it to the Lessons page. */
    public void useLessonLinks(LessonLinks links) {
        this.lessons = links;
    }

    /** How "Save as text" writes a file; the app supplies it. */
    /** How drafts are saved; the app supplies one that writes for the active learner. */
    public void useAutosave(DraftAutosave draftAutosave) {
        this.autosave = draftAutosave;
    }

    /** How "Save as text" writes a file; the app supplies it. */
    public void useLetterFiles(LetterFiles letterFiles) {
        this.files = letterFiles;
    }

    public ObservableList<WritingTask> tasks() {
        return FXCollections.unmodifiableObservableList(tasks);
    }

    public ObjectProperty<WritingTask> taskProperty() {
        return task;
    }

    public StringProperty textProperty() {
        return text;
    }

    /** The situation of the learner's own letter; only used by a task without a scenario. */
    public ObjectProperty<OwnScenario> ownScenarioProperty() {
        return ownScenario;
    }

    /** The critique shown: its findings stand where their words stand in the text now. */
    public ReadOnlyObjectProperty<Critique> critiqueProperty() {
        return critique.getReadOnlyProperty();
    }

    public BooleanProperty liveCritiqueProperty() {
        return liveCritique;
    }

    public ReadOnlyObjectProperty<PracticeRecords.AttemptSummary> latestAttemptProperty() {
        return latestAttempt.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Readiness> readinessProperty() {
        return reminder.readinessProperty();
    }

    /** A short confirmation of the last action ("Draft saved"), for the status bar. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** One line when something failed (the check, a submit); empty when all is well. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** The last attempt submitted: its score and its change from the attempt before. */
    public ReadOnlyObjectProperty<Submission> submissionProperty() {
        return submission.getReadOnlyProperty();
    }

    /** True while the open task's draft is being read: the editor waits for it. */
    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public void open(String taskId) {
        tasks.stream().filter(t -> t.id().equals(taskId)).findFirst().ifPresent(task::set);
    }

    /** Scores the draft now; only the newest request runs, and only its answer is shown. */
    public void requestCritique() {
        pendingCritique.run();
        WritingTask current = task.get();
        if (current == null || loading.get()) {
            return;
        }
        long request = ++latestRequest;
        String scored = text.get();
        critiques.critique(scored, scenarioOf(current), dismissedIn(scored))
                .whenCompleteAsync((result, failure) -> {
                    if (request != latestRequest || isCancelled(failure)) {
                        return;
                    }
                    if (failure != null) {
                        showCheckFailed(failure);
                    } else {
                        showCritique(result, scored);
                    }
                }, threads.ui());
    }

    /** Scores the draft and keeps it as an attempt, filed under the learner and task of this moment. */
    public void submitAttempt() {
        WritingTask current = task.get();
        if (current == null || loading.get()) {
            return;
        }
        if (text.get().isBlank()) {
            status.set(Messages.get("practice.submit.empty"));
            return;
        }
        String submitted = text.get();
        PracticeRecords learner = records.forActiveLearner();
        long request = ++latestRequest;
        status.set(Messages.get("practice.submit.sending"));
        critiques.score(submitted, scenarioOf(current), dismissedIn(submitted))
                .thenApplyAsync(result -> {
                    if (!result.judged()) {
                        // A greeting alone has no score worth keeping in the learner's history.
                        return Filed.notKept(result);
                    }
                    Optional<PracticeRecords.AttemptSummary> before = learner.latestAttempt(current.id());
                    learner.recordAttempt(current.id(), submitted, result);
                    return new Filed(result, true, before, learner.latestAttempt(current.id()));
                }, threads.storage())
                .whenCompleteAsync((filed, failure) -> {
                    if (failure != null) {
                        String reason = reason(cause(failure));
                        problem.set(Messages.format("practice.submit.failed", reason));
                        status.set(Messages.format("practice.submit.failed", reason));
                        return;
                    }
                    if (request == latestRequest && current.equals(task.get())) {
                        showCritique(filed.critique(), submitted);
                    }
                    if (!filed.kept()) {
                        status.set(Messages.get("practice.submit.noBody"));
                        return;
                    }
                    if (current.equals(task.get())) {
                        latestAttempt.set(filed.latest().orElse(null));
                    }
                    Submission done = Submission.of(current.title(), filed.critique().score(),
                            filed.before().map(PracticeRecords.AttemptSummary::score));
                    submission.set(done);
                    problem.set("");
                    status.set(done.message());
                }, threads.ui());
    }

    /** The learner closed the confirmation of a submitted attempt. */
    public void closeSubmission() {
        submission.set(null);
    }

    /** Writes the draft now, on this thread: before the window closes or the learner changes. */
    public void saveDraft() {
        currentTask().ifPresent(this::draftChanged);
        autosave.flush();
    }

    /** Ctrl+S: the draft is autosaved anyway; this saves it at once, off the FX thread. */
    public void saveDraftNow() {
        currentTask().ifPresent(this::draftChanged);
        autosave.saveSoon();
        status.set(Messages.get("practice.status.saved"));
    }

    private void draftChanged(WritingTask current) {
        // While a task's draft is still being read, the editor is empty: never save that over it.
        if (!loading.get()) {
            autosave.changed(current.id(), text.get(), ownScenarioOf(current));
        }
    }

    /**
     * What the card says about a finding: why the criterion matters and where it is taught.
     * The reason is the criterion's own, as Progress gives it, not the checklist's line for
     * this letter, which the checklist beside the card already shows.
     */
    FindingExplanation explain(Finding finding) {
        Optional<CriterionResult> result = Optional.ofNullable(critique.get())
                .flatMap(c -> c.result(finding.criterion()));
        Optional<String> lessonId = result.map(CriterionResult::lessonId).filter(id -> !id.isBlank());
        return new FindingExplanation(finding, whyItMatters(finding.criterion()), lessonId, lessonId.flatMap(lessons::title));
    }

    /** The criterion's reason to exist, shared with the Progress page. */
    static String whyItMatters(Criterion criterion) {
        return Messages.get("progress.why." + criterion.id());
    }

    public void openLesson(String lessonId) {
        lessons.open(lessonId);
    }

    /**
     * The edit that puts a finding's suggestion in place of its words, if the words it judged
     * are still where it says. Otherwise nothing is replaced: the learner is told, and the
     * letter is checked again.
     */
    public Optional<Suggestion> suggestionFor(Finding finding) {
        if (finding.suggestion().isEmpty()) {
            return Optional.empty();
        }
        if (!judged.stillStands(finding, text.get())) {
            outdated();
            return Optional.empty();
        }
        // TextEdit decides what a removal takes with it (a space, the line), as everywhere else.
        return TextEdit.of(finding, text.get()).map(e -> new Suggestion(e.start(), e.end(), e.replacement()));
    }

    /** "This flag is wrong": hides the finding on these words from now on; the score follows. */
    public void dismiss(Finding finding) {
        WritingTask current = task.get();
        if (current == null) {
            return;
        }
        if (!judged.stillStands(finding, text.get())) {
            outdated();
            return;
        }
        String words = judged.words(finding);
        dismissed.add(finding.criterion(), words);
        PracticeRecords learner = records.forActiveLearner();
        store(() -> learner.dismissFlag(current.id(), finding.criterion(), words, finding.message()),
                this::showStoreFailed);
        Critique shown = critique.get();
        judged = judged.without(finding);
        critique.set(new Critique(shown.score(), shown.words(), shown.criteria(), judged.findings(),
                shown.readability()));
        status.set(Messages.get("practice.status.dismissed"));
        // The engine scores again without the dismissed flag: the score and its message follow.
        requestCritique();
    }

    public void markReady() {
        currentTask().ifPresent(t -> {
            PracticeRecords learner = records.forActiveLearner();
            String letter = text.get();
            store(() -> learner.markReady(t.id(), letter), this::showStoreFailed);
            reminder.markedNow();
        });
    }

    /** The learner has re-read the letter after the cool-down. */
    public void finishReview() {
        currentTask().ifPresent(t -> {
            PracticeRecords learner = records.forActiveLearner();
            store(() -> learner.clearReady(t.id()), this::showStoreFailed);
            reminder.clear();
        });
    }

    /** Called now and then by the view: once the cool-down passes, the critique is shown afresh. */
    public void checkReviewDue() {
        if (reminder.refresh()) {
            requestCritique();
        }
    }

    /** The open task's attempts, newest first, for the history window; read off the UI thread. */
    public void loadAttempts(Consumer<List<PracticeRecords.PastAttempt>> show) {
        currentTask().ifPresent(t -> {
            PracticeRecords learner = records.forActiveLearner();
            CompletableFuture.supplyAsync(() -> learner.attempts(t.id(), HISTORY_LIMIT), threads.storage())
                    .whenCompleteAsync((attempts, failure) -> {
                        if (failure != null) {
                            showStoreFailed(failure);
                        } else {
                            show.accept(attempts);
                        }
                    }, threads.ui());
        });
    }

    /** Saves the letter as a text file; returns the error line to show, if it failed. */
    public Optional<String> saveAsText(File file) {
        try {
            files.saveText(file, text.get());
            status.set(Messages.format("practice.status.exported", file.getName()));
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.of(Messages.format("practice.export.saveFailed", file.getName(), reason(e)));
        }
    }

    void reportStatus(String message) {
        status.set(message);
    }

    /** The text the shown critique was computed for; the latency harness waits for it. */
    ReadOnlyStringProperty critiquedTextProperty() {
        return critiquedText.getReadOnlyProperty();
    }

    Optional<WritingTask> currentTask() {
        return Optional.ofNullable(task.get());
    }

    /** Live critique: checks once typing has paused; a new keystroke restarts the wait. */
    private void critiqueAfterPause() {
        pendingCritique.run();
        pendingCritique = threads.scheduler().after(TYPING_PAUSE, this::requestCritique);
    }

    /** The text changed: the shown findings move with their words, or go if their words were edited. */
    private void followEdit(String before, String after) {
        if (switchingTask || judged.findings().isEmpty()) {
            return;
        }
        JudgedFindings moved = judged.shifted(FindingShift.between(before, after));
        if (moved != judged) {
            judged = moved;
            Critique shown = critique.get();
            critique.set(new Critique(shown.score(), shown.words(), shown.criteria(), moved.findings(),
                    shown.readability()));
        }
    }

    private void showCritique(Critique result, String scored) {
        Critique kept = dismissed.filter(result, scored);
        JudgedFindings fresh = JudgedFindings.of(kept.findings(), scored);
        String now = text.get();
        if (!now.equals(scored)) {
            // Typed while the engine worked: carry the findings over to the text as it is now.
            fresh = fresh.shifted(FindingShift.between(scored, now));
        }
        judged = fresh;
        problem.set("");
        critique.set(new Critique(kept.score(), kept.words(), kept.criteria(), fresh.findings(), kept.readability()));
        critiquedText.set(scored);
    }

    private void showCheckFailed(Throwable failure) {
        judged = JudgedFindings.NONE;
        critique.set(null);
        problem.set(Messages.format("practice.critique.failed", reason(cause(failure))));
    }

    private void outdated() {
        status.set(Messages.get("practice.finding.outdated"));
        requestCritique();
    }

    private Predicate<Finding> dismissedIn(String letter) {
        Set<PracticeRecords.Dismissal> now = dismissed.snapshot();
        return finding -> now.contains(new PracticeRecords.Dismissal(finding.criterion(),
                DismissedFindings.flaggedText(finding, letter)));
    }

    private Scenario scenarioOf(WritingTask current) {
        return current.ownLetter() ? ownScenario.get().toScenario() : current.scenario();
    }

    private Optional<OwnScenario> ownScenarioOf(WritingTask current) {
        return current.ownLetter() ? Optional.of(ownScenario.get()) : Optional.empty();
    }

    /**
     * The learner changed (profile switch): shows the current task's draft and last attempt
     * as the new learner left them. The old learner's draft must already be saved.
     */
    public void reloadForLearner() {
        readLiveChoice();
        show(task.get());
    }

    private void switchTo(WritingTask old, WritingTask now) {
        if (old != null) {
            draftChanged(old);
            autosave.saveSoon();
        }
        show(now);
    }

    /** Clears the page at once, then fills it from the store when the reads come back. */
    private void show(WritingTask now) {
        long load = ++latestLoad;
        latestRequest++;
        pendingCritique.run();
        judged = JudgedFindings.NONE;
        critique.set(null);
        status.set("");
        problem.set("");
        submission.set(null);
        setText("", OwnScenario.EMPTY);
        if (now == null) {
            latestAttempt.set(null);
            reminder.clear();
            loading.set(false);
            return;
        }
        loading.set(true);
        PracticeRecords learner = records.forActiveLearner();
        DraftAutosave drafts = autosave;
        CompletableFuture.supplyAsync(() -> Opened.read(learner, drafts, now.id()), threads.storage())
                .whenCompleteAsync((opened, failure) -> {
                    if (load != latestLoad) {
                        return;
                    }
                    loading.set(false);
                    if (failure != null) {
                        problem.set(Messages.format("practice.load.failed", reason(cause(failure))));
                        return;
                    }
                    setText(opened.draft().map(PracticeRecords.SavedDraft::text).orElse(""),
                            opened.draft().flatMap(PracticeRecords.SavedDraft::scenario).orElse(OwnScenario.EMPTY));
                    dismissed.reset(opened.dismissals());
                    latestAttempt.set(opened.latest().orElse(null));
                    reminder.show(opened.readySince(), opened.coolDown());
                    requestCritique();
                }, threads.ui());
    }

    private void setText(String letter, OwnScenario scenario) {
        switchingTask = true;
        try {
            text.set(letter);
            ownScenario.set(scenario);
        } finally {
            switchingTask = false;
        }
    }

    private void readLiveChoice() {
        PracticeRecords learner = records.forActiveLearner();
        CompletableFuture.supplyAsync(learner::liveCritique, threads.storage())
                .whenCompleteAsync((live, failure) -> {
                    if (failure == null) {
                        loadingLiveChoice = true;
                        try {
                            liveCritique.set(live);
                        } finally {
                            loadingLiveChoice = false;
                        }
                    }
                }, threads.ui());
    }

    /** A write the learner does not wait for; a failure is told in one line. */
    private void store(Runnable write, Consumer<Throwable> onFailure) {
        CompletableFuture.runAsync(write, threads.storage()).whenCompleteAsync((done, failure) -> {
            if (failure != null) {
                onFailure.accept(failure);
            }
        }, threads.ui());
    }

    private void showStoreFailed(Throwable failure) {
        problem.set(Messages.format("practice.store.failed", reason(cause(failure))));
    }

    private static boolean isCancelled(Throwable failure) {
        return failure != null && cause(failure) instanceof CancellationException;
    }

    private static Throwable cause(Throwable failure) {
        return failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
    }

    private static String reason(Throwable e) {
        return e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** An edit that puts a suggestion in place of the words at {@code start}..{@code end}. */
    public record Suggestion(int start, int end, String replacement) {
    }

    /** What the store holds for a task when it opens. */
    private record Opened(Optional<PracticeRecords.SavedDraft> draft, Set<PracticeRecords.Dismissal> dismissals,
                          Optional<PracticeRecords.AttemptSummary> latest, Optional<Instant> readySince,
                          Duration coolDown) {

        /** A draft not yet written (the disk was full, say) is newer than the stored one. */
        static Opened read(PracticeRecords learner, DraftAutosave drafts, String taskId) {
            return new Opened(drafts.unsaved(taskId).or(() -> learner.loadDraft(taskId)), learner.dismissals(taskId), learner.latestAttempt(taskId),
                    learner.readySince(taskId), learner.coolDown());
        }
    }

    /** A submitted attempt as stored, with the attempt before it. */
    private record Filed(Critique critique, boolean kept, Optional<PracticeRecords.AttemptSummary> before,
                         Optional<PracticeRecords.AttemptSummary> latest) {

        static Filed notKept(Critique critique) {
            return new Filed(critique, false, Optional.empty(), Optional.empty());
        }
    }
}
