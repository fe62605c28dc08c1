package com.followupcoach.ui.progress;

import com.followupcoach.lessons.LessonModule;
import com.followupcoach.ui.common.CriterionLessons;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The Progress page: the active learner's report, loaded off the FX thread. Only the answer
 * to the newest request is applied, so a slow load for a learner who was switched away
 * from can never overwrite the current one.
 */
public final class ProgressViewModel {

    private final List<LessonModule> course;
    private final CriterionLessons lessons;
    private final ProgressRecords records;
    private final Executor background;
    private final Consumer<String> openLesson;
    private final Consumer<String> openExercise;
    private final ReadOnlyObjectWrapper<ProgressReport> report = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper practiceDaysShown = new ReadOnlyBooleanWrapper();
    private long latestRequest;

    /**
     * @param lessons      which lesson teaches each criterion
     * @param background   where store calls run
     * @param openLesson   shows a module on the Lessons page
     * @param openExercise opens an exercise in Practice
     */
    public ProgressViewModel(List<LessonModule> course, CriterionLessons lessons, ProgressRecords records,
                             Executor background, Consumer<String> openLesson, Consumer<String> openExercise) {
        this.course = List.copyOf(course);
        this.lessons = lessons;
        this.records = records;
        this.background = background;
        this.openLesson = openLesson;
        this.openExercise = openExercise;
    }

    /** The latest report; null until the first load finishes. */
    public ReadOnlyObjectProperty<ProgressReport> reportProperty() {
        return report.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** One line when the last load failed, else empty. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty practiceDaysShownProperty() {
        return practiceDaysShown.getReadOnlyProperty();
    }

    /** Loads the report again (call on the FX thread): when the page is shown, or the learner changed. */
    public void refresh() {
        long request = ++latestRequest;
        loading.set(true);
        CompletableFuture.supplyAsync(records::load, background)
                .thenApply(data -> new Loaded(data.practiceDaysShown(), ProgressReport.of(course, lessons, data)))
                .whenComplete((loaded, failure) -> Platform.runLater(() -> apply(request, loaded, failure)));
    }

    private void apply(long request, Loaded loaded, Throwable failure) {
        if (request != latestRequest) {
            return;
        }
        loading.set(false);
        if (failure != null) {
            Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
            error.set(String.valueOf(cause.getMessage()));
            return;
        }
        error.set("");
        practiceDaysShown.set(loaded.practiceDaysShown());
        report.set(loaded.report());
    }

    /** Shows or hides the practice-days calendar, and remembers the choice for this learner. */
    public void showPracticeDays(boolean shown) {
        practiceDaysShown.set(shown);
        background.execute(() -> records.showPracticeDays(shown));
    }

    /** Opens the lesson that teaches the weakest criterion. */
    public void openWeakestLesson() {
        next().flatMap(NextStep::lesson).ifPresent(m -> openLesson.accept(m.id()));
    }

    /** Opens an exercise that stresses the weakest criterion. */
    public void practiseWeakest() {
        next().flatMap(NextStep::exercise).ifPresent(e -> openExercise.accept(e.id()));
    }

    /** The first step for a new learner: the course's first lesson. */
    public void startFirstLesson() {
        if (!course.isEmpty()) {
            openLesson.accept(course.get(0).id());
        }
    }

    private Optional<NextStep> next() {
        return report.get() == null ? Optional.empty() : report.get().next();
    }

    private record Loaded(boolean practiceDaysShown, ProgressReport report) {
    }
}
