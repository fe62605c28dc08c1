package com.followupcoach.ui.practice;

import com.followupcoach.ui.common.Messages;
import com.followupcoach.vocabulary.CriterionResult;
import com.followupcoach.vocabulary.Critique;
import com.followupcoach.vocabulary.Finding;
import com.followupcoach.vocabulary.Scenario;
import java.io.File;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
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
 * The critique follows the draft after a short pause in typing, computed off the FX
 * thread; an answer that arrives after a newer request is dropped. With live critique off
 * (writing mode) the draft is only checked when the learner asks.
 */
public final class PracticeViewModel {

    static final Duration TYPING_PAUSE = Duration.ofMillis(250);
    static final int HISTORY_LIMIT = 50;

    private final CritiqueService critiques;
    private final PracticeRecords records;
    private final ObservableList<WritingTask> tasks = FXCollections.observableArrayList();
    private final ObjectProperty<WritingTask> task = new SimpleObjectProperty<>();
    private final StringProperty text = new SimpleStringProperty("");
    private final ObjectProperty<OwnScenario> ownScenario = new SimpleObjectProperty<>(OwnScenario.EMPTY);
    private final ReadOnlyObjectWrapper<Critique> critique = new ReadOnlyObjectWrapper<>();
    private final BooleanProperty liveCritique = new SimpleBooleanProperty(true);
    private final ReadOnlyObjectWrapper<PracticeRecords.AttemptSummary> latestAttempt = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final DismissedFindings dismissed = new DismissedFindings();
    private final ReviewReminder reminder;
    private LessonLinks lessons = LessonLinks.NONE;
    private LetterFiles files = LetterFiles.UNAVAILABLE;
    private DraftAutosave autosave;
    private Critique unfiltered;
    private String critiquedText = "";
    private long latestRequest;
    private boolean switchingTask;

    public PracticeViewModel(CritiqueService critiques, PracticeRecords records, List<WritingTask> available) {
        this(critiques, records, available, Clock.systemDefaultZone());
    }

    PracticeViewModel(CritiqueService critiques, PracticeRecords records, List<WritingTask> available, Clock clock) {
        this.critiques = critiques;
        this.records = records;
        this.reminder = new ReviewReminder(records, clock);
        this.autosave = new DraftAutosave((owner, taskId, draft, scenario) -> records.saveDraft(taskId, draft, scenario),
                () -> 0L, DraftAutosave.ownThread(), DraftAutosave.Listener.NONE);
        tasks.setAll(available);
        liveCritique.set(records.liveCritique());
        liveCritique.addListener((obs, was, live) -> {
            records.setLiveCritique(live);
            if (live) {
                requestCritique();
            }
        });
        task.addListener((obs, old, now) -> switchTo(old, now));
        EventStream<?> edits = EventStreams.merge(EventStreams.changesOf(text), EventStreams.changesOf(ownScenario))
                .filter(change -> !switchingTask);
        edits.filter(change -> liveCritique.get()).successionEnds(TYPING_PAUSE).subscribe(change -> requestCritique());
        edits.subscribe(change -> currentTask().ifPresent(this::draftChanged));
    }

    /** Where "Lesson: …" links go; the app wires it to the Lessons page. */
    public void useLessonLinks(LessonLinks links) {
        this.lessons = links;
    }

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

    public void open(String taskId) {
        tasks.stream().filter(t -> t.id().equals(taskId)).findFirst().ifPresent(task::set);
    }

    /** Scores the draft now; the answer replaces the critique unless a newer one was asked. */
    public void requestCritique() {
        WritingTask current = task.get();
        if (current == null) {
            return;
        }
        long request = ++latestRequest;
        String scored = text.get();
        critiques.critique(scored, scenarioOf(current)).thenAcceptAsync(result -> {
            if (request == latestRequest) {
                showCritique(result, scored);
            }
        }, Platform::runLater);
    }

    /** Stores the draft with its critique as a scored attempt. */
    public void submitAttempt() {
        WritingTask current = task.get();
        if (current == null || text.get().isBlank()) {
            return;
        }
        long request = ++latestRequest;
        String submitted = text.get();
        critiques.critique(submitted, scenarioOf(current)).thenAcceptAsync(result -> {
            if (request == latestRequest) {
                showCritique(result, submitted);
            }
            records.recordAttempt(current.id(), submitted, result);
            latestAttempt.set(records.latestAttempt(current.id()).orElse(null));
            status.set(Messages.format("practice.status.submitted", result.score()));
        }, Platform::runLater);
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
        autosave.changed(current.id(), text.get(), ownScenarioOf(current));
    }

    /** What the card says about a finding: why the criterion matters and where it is taught. */
    FindingExplanation explain(Finding finding) {
        Optional<CriterionResult> result = Optional.ofNullable(critique.get())
                .flatMap(c -> c.result(finding.criterion()));
        Optional<String> lessonId = result.map(CriterionResult::lessonId).filter(id -> !id.isBlank());
        return new FindingExplanation(finding, result.map(CriterionResult::message).orElse(""),
                lessonId, lessonId.flatMap(lessons::title));
    }

    public void openLesson(String lessonId) {
        lessons.open(lessonId);
    }

    /** "This flag is wrong": hides the finding on these words from now on, and keeps the verdict. */
    public void dismiss(Finding finding) {
        WritingTask current = task.get();
        if (current == null || unfiltered == null) {
            return;
        }
        String flagged = dismissed.add(finding, critiquedText);
        records.dismissFlag(current.id(), finding.criterion(), flagged, finding.message());
        critique.set(dismissed.filter(unfiltered, critiquedText));
        status.set(Messages.get("practice.status.dismissed"));
    }

    public void markReady() {
        currentTask().ifPresent(t -> reminder.markReady(t.id(), text.get()));
    }

    /** The learner has re-read the letter after the cool-down. */
    public void finishReview() {
        currentTask().ifPresent(t -> reminder.clear(t.id()));
    }

    /** Called now and then by the view: once the cool-down passes, the critique is shown afresh. */
    public void checkReviewDue() {
        if (currentTask().map(t -> reminder.refresh(t.id())).orElse(false)) {
            requestCritique();
        }
    }

    /** The open task's attempts, newest first, for the history window. */
    public List<PracticeRecords.PastAttempt> attempts() {
        return currentTask().map(t -> records.attempts(t.id(), HISTORY_LIMIT)).orElse(List.of());
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

    /** The text the shown critique was computed for (the latency harness waits for it). */
    String critiquedText() {
        return critiquedText;
    }

    Optional<WritingTask> currentTask() {
        return Optional.ofNullable(task.get());
    }

    private void showCritique(Critique result, String scored) {
        unfiltered = result;
        critiquedText = scored;
        critique.set(dismissed.filter(result, scored));
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
        show(task.get());
    }

    private void switchTo(WritingTask old, WritingTask now) {
        if (old != null) {
            draftChanged(old);
            autosave.saveSoon();
        }
        show(now);
    }

    private void show(WritingTask now) {
        switchingTask = true;
        try {
            Optional<PracticeRecords.SavedDraft> draft = now == null ? Optional.empty()
                    : autosave.unsaved(now.id()).or(() -> records.loadDraft(now.id()));
            text.set(draft.map(PracticeRecords.SavedDraft::text).orElse(""));
            ownScenario.set(draft.flatMap(PracticeRecords.SavedDraft::scenario).orElse(OwnScenario.EMPTY));
        } finally {
            switchingTask = false;
        }
        dismissed.reset(now == null ? Set.of() : records.dismissals(now.id()));
        unfiltered = null;
        critique.set(null);
        status.set("");
        latestAttempt.set(now == null ? null : records.latestAttempt(now.id()).orElse(null));
        if (now != null) {
            reminder.refresh(now.id());
        } else {
            reminder.clearShown();
        }
        requestCritique();
    }

    private static String reason(Exception e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
