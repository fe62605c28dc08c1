package com.followupcoach.ui.practice;

import com.followupcoach.scoring.Critique;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.reactfx.EventStreams;

/**
 * The state of the Practice page: which task is open, the draft, and the latest critique.
 * The critique follows the draft after a short pause in typing, computed off the FX
 * thread; an answer that arrives after a newer request is dropped.
 */
public final class PracticeViewModel {

    static final Duration TYPING_PAUSE = Duration.ofMillis(250);
    static final Duration AUTOSAVE_PAUSE = Duration.ofMillis(1500);

    private final CritiqueService critiques;
    private final PracticeRecords records;
    private final ObservableList<WritingTask> tasks = FXCollections.observableArrayList();
    private final ObjectProperty<WritingTask> task = new SimpleObjectProperty<>();
    private final StringProperty text = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<Critique> critique = new ReadOnlyObjectWrapper<>();
    private final BooleanProperty liveCritique = new SimpleBooleanProperty(true);
    private final ReadOnlyObjectWrapper<PracticeRecords.AttemptSummary> latestAttempt = new ReadOnlyObjectWrapper<>();
    private long latestRequest;
    private boolean switchingTask;

    public PracticeViewModel(CritiqueService critiques, PracticeRecords records, List<WritingTask> available) {
        this.critiques = critiques;
        this.records = records;
        tasks.setAll(available);
        task.addListener((obs, old, now) -> switchTo(old, now));
        EventStreams.changesOf(text)
                .filter(change -> !switchingTask && liveCritique.get())
                .successionEnds(TYPING_PAUSE)
                .subscribe(change -> requestCritique());
        EventStreams.changesOf(text)
                .filter(change -> !switchingTask)
                .successionEnds(AUTOSAVE_PAUSE)
                .subscribe(change -> saveDraft());
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

    public ReadOnlyObjectProperty<Critique> critiqueProperty() {
        return critique.getReadOnlyProperty();
    }

    public BooleanProperty liveCritiqueProperty() {
        return liveCritique;
    }

    public ReadOnlyObjectProperty<PracticeRecords.AttemptSummary> latestAttemptProperty() {
        return latestAttempt.getReadOnlyProperty();
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
        critiques.critique(text.get(), current.scenario()).thenAcceptAsync(result -> {
            if (request == latestRequest) {
                critique.set(result);
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
        critiques.critique(submitted, current.scenario()).thenAcceptAsync(result -> {
            if (request == latestRequest) {
                critique.set(result);
            }
            records.recordAttempt(current.id(), submitted, result);
            latestAttempt.set(records.latestAttempt(current.id()).orElse(null));
        }, Platform::runLater);
    }

    public void saveDraft() {
        WritingTask current = task.get();
        if (current != null) {
            records.saveDraft(current.id(), text.get());
        }
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
            records.saveDraft(old.id(), text.get());
        }
        show(now);
    }

    private void show(WritingTask now) {
        switchingTask = true;
        try {
            text.set(now == null ? "" : records.loadDraft(now.id()).orElse(""));
        } finally {
            switchingTask = false;
        }
        critique.set(null);
        latestAttempt.set(now == null ? null : records.latestAttempt(now.id()).orElse(null));
        requestCritique();
    }

    Optional<WritingTask> currentTask() {
        return Optional.ofNullable(task.get());
    }
}
