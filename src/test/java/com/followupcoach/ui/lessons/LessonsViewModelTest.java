package com.followupcoach.ui.lessons;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.followupcoach.lessons.BuiltInLessons;
import com.followupcoach.lessons.LessonLibrary;
import com.followupcoach.lessons.LessonLoader;
import com.followupcoach.lessons.LessonModule;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Queue;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;

/** The Lessons view model reads its records off the UI executor, and keeps only the newest snapshot. */
class LessonsViewModelTest {

    private final LessonLibrary library = LessonLoader.load(List.of(BuiltInLessons.root().orElseThrow()));
    private final ManualExecutor ui = new ManualExecutor();
    private final ManualExecutor storage = new ManualExecutor();
    private final WatchedRecords records = new WatchedRecords();
    private final LessonsViewModel model = new LessonsViewModel(library.modules(), records, id -> { },
            new LessonThreads(ui, storage));

    @Test
    void theRecordsAreNeverReadOnTheUiExecutor() {
        LessonModule first = library.modules().get(0);
        model.reload();
        model.open(first.id());
        model.next();
        model.backToList();

        assertThat(records.readsOnUi).as("reads made where the user acts").isZero();
        ui.runAll();
        assertThat(records.readsOnUi).as("reads made while applying on the UI executor").isZero();
        storage.runAll();
        ui.runAll();

        assertThat(records.readsOnUi).isZero();
        assertThat(records.readsOffUi).isPositive();
        assertThat(model.status(first)).hasValue(LessonStatus.IN_PROGRESS);
        assertThat(model.resume()).hasValueSatisfying(r -> {
            assertThat(r.module()).isEqualTo(first);
            assertThat(r.screen()).isEqualTo(1);
        });
    }

    @Test
    void untilTheFirstSnapshotArrivesTheModulesHaveNoStatusAndNothingWaits() {
        model.reload();

        assertThat(model.loaded()).isFalse();
        assertThat(model.status(library.modules().get(0))).isEmpty();
        assertThat(model.mastery()).isEmpty();
        assertThat(model.resume()).isEmpty();
    }

    @Test
    void aStaleSnapshotArrivingAfterANewerRequestIsDropped() {
        LessonModule first = library.modules().get(0);
        model.reload();
        storage.runNext();                       // the old snapshot is read: nothing read yet
        records.screenRead(first.id(), 0, first.sections().size());
        model.reload();
        storage.runNext();                       // the newer snapshot: the first screen read
        int before = model.revisionProperty().get();

        ui.runNext();                            // the older one arrives first and is dropped
        assertThat(model.loaded()).isFalse();
        assertThat(model.revisionProperty().get()).isEqualTo(before);

        ui.runNext();
        assertThat(model.status(first)).hasValue(LessonStatus.IN_PROGRESS);
        assertThat(model.revisionProperty().get()).isEqualTo(before + 1);
    }

    @Test
    void thePageIsShownOnceTheNewestFirstSnapshotHasBeenApplied() {
        LessonModule first = library.modules().get(0);
        records.screenRead(first.id(), 0, first.sections().size());
        List<String> shown = new ArrayList<>();
        model.reload();
        model.reload();
        model.whenFirstReadEnded(() -> shown.add(model.status(first).map(Enum::name).orElse("no status")));
        storage.runAll();

        ui.runNext();                            // the older read: dropped, the page still waits
        assertThat(shown).isEmpty();
        ui.runNext();
        assertThat(shown).as("shown once, with the statuses").containsExactly("IN_PROGRESS");

        model.whenFirstReadEnded(() -> shown.add("later"));
        assertThat(shown).as("after the first read, at once").containsExactly("IN_PROGRESS", "later");
        model.reload();
        storage.runAll();
        ui.runAll();
        assertThat(shown).as("never again").hasSize(2);
    }

    @Test
    void aFailedFirstReadStillShowsThePageWithoutStatuses() {
        LessonsViewModel broken = new LessonsViewModel(library.modules(), new FailingRecords(), id -> { },
                new LessonThreads(ui, storage));
        List<Boolean> shown = new ArrayList<>();
        broken.reload();
        broken.whenFirstReadEnded(() -> shown.add(broken.loaded()));

        assertThatThrownBy(storage::runNext).as("the storage executor reports it").hasMessageContaining("disk");
        ui.runAll();

        assertThat(shown).containsExactly(false);
        assertThat(broken.status(library.modules().get(0))).isEmpty();
    }

    /** Runs what it was given only when the test says so, on the test's thread. */
    private static final class ManualExecutor implements Executor {
        private final Queue<Runnable> queued = new ArrayDeque<>();
        boolean running;

        @Override
        public void execute(Runnable work) {
            queued.add(work);
        }

        void runNext() {
            running = true;
            try {
                queued.remove().run();
            } finally {
                running = false;
            }
        }

        void runAll() {
            while (!queued.isEmpty()) {
                runNext();
            }
        }
    }

    /** A store that cannot be read. */
    private static final class FailingRecords implements LessonRecords {
        @Override
        public LessonStatus status(String moduleId) {
            throw new IllegalStateException("the disk is gone");
        }

        @Override
        public void screenRead(String moduleId, int index, int count) {
        }

        @Override
        public OptionalInt furthestScreen(String moduleId) {
            throw new IllegalStateException("the disk is gone");
        }

        @Override
        public void quizFinished(String moduleId, List<AnsweredQuestion> answers) {
        }

        @Override
        public Map<String, Integer> mastery() {
            throw new IllegalStateException("the disk is gone");
        }
    }

    /** Counts reads made off the storage executor: the test thread stands for the FX thread. */
    private final class WatchedRecords implements LessonRecords {
        private final InMemoryLessonRecords kept = new InMemoryLessonRecords();
        int readsOnUi;
        int readsOffUi;

        private void read() {
            if (storage.running) {
                readsOffUi++;
            } else {
                readsOnUi++;
            }
        }

        @Override
        public LessonStatus status(String moduleId) {
            read();
            return kept.status(moduleId);
        }

        @Override
        public void screenRead(String moduleId, int index, int count) {
            kept.screenRead(moduleId, index, count);
        }

        @Override
        public OptionalInt furthestScreen(String moduleId) {
            read();
            return kept.furthestScreen(moduleId);
        }

        @Override
        public void quizFinished(String moduleId, List<AnsweredQuestion> answers) {
            kept.quizFinished(moduleId, answers);
        }

        @Override
        public Map<String, Integer> mastery() {
            read();
            return kept.mastery();
        }
    }
}
