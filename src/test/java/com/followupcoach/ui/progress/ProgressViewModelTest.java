package com.followupcoach.ui.progress;

import static org.assertj.core.api.Assertions.assertThat;

import com.followupcoach.vocabulary.Criterion;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javafx.application.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The Progress view model against a fake port: loads off the FX thread, applies the newest answer only. */
class ProgressViewModelTest {

    // One thread, like the app's writer: loads run in the order they were asked.
    private final ExecutorService background = Executors.newSingleThreadExecutor();
    private final List<String> opened = new ArrayList<>();

    @BeforeAll
    static void startToolkit() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void stopThreads() {
        background.shutdownNow();
    }

    @Test
    void refreshLoadsTheReportOffTheFxThread() throws Exception {
        AtomicReference<Boolean> loadedOnFxThread = new AtomicReference<>();
        FakeRecords records = new FakeRecords(() -> {
            loadedOnFxThread.set(Platform.isFxApplicationThread());
            return missedFeedback();
        });
        ProgressViewModel model = model(records);

        onFx(model::refresh);
        await(() -> model.reportProperty().get() != null);

        assertThat(loadedOnFxThread.get()).isFalse();
        ProgressReport report = model.reportProperty().get();
        assertThat(report.bestLetterScore()).hasValue(72);
        assertThat(report.next()).hasValueSatisfying(n -> assertThat(n.criterion()).isEqualTo(Criterion.FEEDBACK_REQUEST));
        assertThat(model.errorProperty().get()).isEmpty();
        assertThat(model.loadingProperty().get()).isFalse();
    }

    @Test
    void anAnswerToAnEarlierRequestNeverReplacesTheNewerOne() throws Exception {
        CompletableFuture<ProgressData> slow = new CompletableFuture<>();
        List<Supplier<ProgressData>> answers = new ArrayList<>(List.of(slow::join, this::missedFeedback));
        ProgressViewModel model = model(new FakeRecords(() -> answers.remove(0).get()));
        List<ProgressReport> shown = new ArrayList<>();
        onFx(() -> model.reportProperty().addListener((obs, old, now) -> shown.add(now)));

        onFx(model::refresh);
        onFx(model::refresh);
        // The first (older) load answers "nothing done" only after the newer request was made.
        slow.complete(ProgressData.empty());
        await(() -> model.reportProperty().get() != null);
        background.submit(() -> { }).get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(shown).hasSize(1);
        assertThat(shown.get(0).isEmpty()).isFalse();
    }

    @Test
    void aFailedLoadShowsItsReasonInOneLine() throws Exception {
        ProgressViewModel model = model(new FakeRecords(() -> {
            throw new IllegalStateException("the progress file is locked");
        }));

        onFx(model::refresh);
        await(() -> !model.errorProperty().get().isEmpty());

        assertThat(model.errorProperty().get()).isEqualTo("the progress file is locked");
    }

    @Test
    void practiseNextOpensTheChosenExerciseAndLesson() throws Exception {
        ProgressViewModel model = model(new FakeRecords(this::missedFeedback));
        onFx(model::refresh);
        await(() -> model.reportProperty().get() != null);
        NextStep next = model.reportProperty().get().next().orElseThrow();

        onFx(model::practiseWeakest);
        onFx(model::openWeakestLesson);

        assertThat(opened).containsExactly("exercise:" + next.exercise().orElseThrow().id(),
                "lesson:" + next.lesson().orElseThrow().id());
    }

    @Test
    void thePracticeCalendarChoiceIsRemembered() throws Exception {
        FakeRecords records = new FakeRecords(ProgressData::empty);
        ProgressViewModel model = model(records);

        onFx(() -> model.showPracticeDays(true));
        await(() -> records.practiceDaysShown);

        assertThat(model.practiceDaysShownProperty().get()).isTrue();
    }

    private ProgressViewModel model(ProgressRecords records) {
        return new ProgressViewModel(Course.MODULES, Course.LESSONS, records, background,
                id -> opened.add("lesson:" + id), id -> opened.add("exercise:" + id));
    }

    private ProgressData missedFeedback() {
        return new ProgressData(Map.of(), Map.of(), Map.of("x", new ProgressData.ExerciseResult(72, 2)), OptionalInt.of(72),
                OptionalInt.of(60), List.of(), List.of(new ProgressData.CriterionMisses(Criterion.FEEDBACK_REQUEST, 2, 2)),
                Optional.of(Criterion.FEEDBACK_REQUEST), List.of(), false);
    }

    private static void onFx(Runnable action) throws Exception {
        WaitForAsyncUtils.asyncFx(action).get(5, TimeUnit.SECONDS);
    }

    private static void await(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition::getAsBoolean).get());
    }

    /** Answers each load from a supplier; remembers the calendar choice. */
    private static final class FakeRecords implements ProgressRecords {
        private final Supplier<ProgressData> answer;
        volatile boolean practiceDaysShown;

        FakeRecords(Supplier<ProgressData> answer) {
            this.answer = answer;
        }

        @Override
        public ProgressData load() {
            return answer.get();
        }

        @Override
        public void showPracticeDays(boolean shown) {
            practiceDaysShown = shown;
        }
    }
}
