package com.followupcoach.ui.lessons;

import com.followupcoach.lessons.Exercise;
import com.followupcoach.lessons.LessonModule;
import com.followupcoach.lessons.Section;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The Lessons page: the list of modules, or one module being read screen by screen, or
 * its quiz. A change of progress bumps {@link #revisionProperty()} so the list redraws.
 * The records are read as one snapshot on the storage executor and applied on the UI
 * executor, so the FX thread never waits for the store; until the first snapshot arrives
 * the list shows the modules without statuses.
 */
public final class LessonsViewModel {

    /** What the page shows. */
    public enum Mode { LIST, READING, QUIZ }

    private final List<LessonModule> modules;
    private final LessonRecords records;
    private final Consumer<String> openExercise;
    private final LessonThreads threads;
    /** Null until the first snapshot arrives. */
    private LessonSnapshot snapshot;
    /** The newest snapshot asked for: an older one arriving later is dropped. */
    private long requested;
    /** Waiting for the first read of progress to end (applied or failed); null once it has. */
    private List<Runnable> untilFirstRead = new ArrayList<>();
    private final ReadOnlyObjectWrapper<Mode> mode = new ReadOnlyObjectWrapper<>(Mode.LIST);
    private final ReadOnlyObjectWrapper<LessonModule> module = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyIntegerWrapper screen = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper quizRun = new ReadOnlyIntegerWrapper();

    /**
     * Where the course picks up: the first module at its first screen for a new learner
     * ({@code started} false: "Start here"), else the module in progress at the furthest
     * screen read, else the next module not yet done.
     */
    public record Resume(LessonModule module, int screen, boolean started) {
    }

    public LessonsViewModel(List<LessonModule> modules, LessonRecords records, Consumer<String> openExercise,
                            LessonThreads threads) {
        this.modules = List.copyOf(modules);
        this.records = records;
        this.openExercise = openExercise;
        this.threads = threads;
    }

    public List<LessonModule> modules() {
        return modules;
    }

    public ReadOnlyObjectProperty<Mode> modeProperty() {
        return mode.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<LessonModule> moduleProperty() {
        return module.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty screenProperty() {
        return screen.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    /** The module's status from the latest snapshot; empty until the first one arrives. */
    public Optional<LessonStatus> status(LessonModule m) {
        return snapshot == null ? Optional.empty() : snapshot.status(m.id());
    }

    /** Mastery by module id from the latest snapshot; empty until the first one arrives. */
    public Map<String, Integer> mastery() {
        return snapshot == null ? Map.of() : snapshot.mastery();
    }

    /** True once a snapshot of the learner's progress has been applied. */
    public boolean loaded() {
        return snapshot != null;
    }

    public void open(String moduleId) {
        modules.stream().filter(m -> m.id().equals(moduleId)).findFirst().ifPresent(m -> read(m, 0));
    }

    public Optional<Section> currentSection() {
        LessonModule m = module.get();
        return m == null || m.sections().isEmpty() ? Optional.empty() : Optional.of(m.sections().get(screen.get()));
    }

    public int screenCount() {
        return module.get() == null ? 0 : module.get().sections().size();
    }

    public boolean onLastScreen() {
        return screen.get() >= screenCount() - 1;
    }

    public void next() {
        goToScreen(screen.get() + 1);
    }

    public void previous() {
        goToScreen(screen.get() - 1);
    }

    public void goToScreen(int index) {
        int count = screenCount();
        if (count == 0) {
            return;
        }
        int target = Math.max(0, Math.min(count - 1, index));
        screen.set(target);
        records.screenRead(module.get().id(), target, count);
        reload();
    }

    /** Each new run of a quiz (a first start or "Try again") bumps this, so the page starts afresh. */
    public ReadOnlyIntegerProperty quizRunProperty() {
        return quizRun.getReadOnlyProperty();
    }

    public void startQuiz() {
        if (module.get() != null && !module.get().quiz().questions().isEmpty()) {
            quizRun.set(quizRun.get() + 1);
            mode.set(Mode.QUIZ);
        }
    }

    /** The module after the current one in the course, if any. */
    public Optional<LessonModule> nextModule() {
        int index = modules.indexOf(module.get());
        return index < 0 || index + 1 >= modules.size() ? Optional.empty() : Optional.of(modules.get(index + 1));
    }

    public void openNextModule() {
        nextModule().ifPresent(m -> open(m.id()));
    }

    /**
     * Where the learner picks up the course; empty once every module is done, and until the
     * first snapshot arrives (the card is not guessed before the progress is known).
     */
    public Optional<Resume> resume() {
        LessonSnapshot known = snapshot;
        if (modules.isEmpty() || known == null) {
            return Optional.empty();
        }
        if (modules.stream().allMatch(m -> is(known, m, LessonStatus.NEW))) {
            return Optional.of(new Resume(modules.get(0), 0, false));
        }
        Optional<Resume> inProgress = modules.stream()
                .filter(m -> is(known, m, LessonStatus.IN_PROGRESS))
                .findFirst()
                .map(m -> new Resume(m, Math.min(known.furthest(m.id()),
                        Math.max(0, m.sections().size() - 1)), true));
        return inProgress.or(() -> modules.stream()
                .filter(m -> is(known, m, LessonStatus.NEW))
                .findFirst()
                .map(m -> new Resume(m, 0, true)));
    }

    private static boolean is(LessonSnapshot known, LessonModule m, LessonStatus status) {
        return known.status(m.id()).orElse(LessonStatus.NEW) == status;
    }

    /** Opens the module and screen {@link #resume()} points to. */
    public void resumeCourse() {
        resume().ifPresent(r -> read(r.module(), r.screen()));
    }

    private void read(LessonModule target, int screenIndex) {
        // Screen 0 first: the old screen number may not exist in the new module.
        screen.set(0);
        module.set(target);
        mode.set(Mode.READING);
        goToScreen(screenIndex);
    }

    public void quizFinished(List<LessonRecords.AnsweredQuestion> answers) {
        records.quizFinished(module.get().id(), answers);
        reload();
    }

    public void backToLesson() {
        mode.set(module.get() == null ? Mode.LIST : Mode.READING);
    }

    public void backToList() {
        mode.set(Mode.LIST);
        reload();
    }

    /**
     * Progress changed (the page is shown, another learner became active, a letter was
     * scored, a screen or quiz was finished): reads a fresh snapshot on the storage executor
     * and redraws the list with it on the UI executor. Called on the UI executor.
     */
    public void reload() {
        long asked = ++requested;
        threads.storage().execute(() -> {
            LessonSnapshot read;
            try {
                read = LessonSnapshot.read(modules, records);
            } catch (RuntimeException e) {
                // The storage executor reports it; the list stays without statuses, but is shown.
                threads.ui().execute(this::firstReadEnded);
                throw e;
            }
            threads.ui().execute(() -> apply(asked, read));
        });
    }

    private void apply(long asked, LessonSnapshot read) {
        if (asked != requested) {
            return;
        }
        snapshot = read;
        revision.set(revision.get() + 1);
        firstReadEnded();
    }

    /**
     * Runs {@code action} on the UI executor once the first read of progress has ended
     * (applied, or failed), at once if it already has: the app shows the page then, so that
     * the list appears with its statuses and card instead of being drawn twice.
     */
    public void whenFirstReadEnded(Runnable action) {
        if (untilFirstRead == null) {
            action.run();
        } else {
            untilFirstRead.add(action);
        }
    }

    private void firstReadEnded() {
        List<Runnable> waiting = untilFirstRead;
        untilFirstRead = null;
        if (waiting != null) {
            waiting.forEach(Runnable::run);
        }
    }

    public void practise(Exercise exercise) {
        openExercise.accept(exercise.id());
    }
}
