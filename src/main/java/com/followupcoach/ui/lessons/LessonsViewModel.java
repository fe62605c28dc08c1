package com.followupcoach.ui.lessons;

import com.followupcoach.lessons.Exercise;
import com.followupcoach.lessons.LessonModule;
import com.followupcoach.lessons.Section;
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
 */
public final class LessonsViewModel {

    /** What the page shows. */
    public enum Mode { LIST, READING, QUIZ }

    private final List<LessonModule> modules;
    private final LessonRecords records;
    private final Consumer<String> openExercise;
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

    public LessonsViewModel(List<LessonModule> modules, LessonRecords records, Consumer<String> openExercise) {
        this.modules = List.copyOf(modules);
        this.records = records;
        this.openExercise = openExercise;
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

    public LessonStatus status(LessonModule m) {
        return records.status(m.id());
    }

    /** Mastery by module id, read once for a whole redraw of the list. */
    public Map<String, Integer> mastery() {
        return records.mastery();
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
        revision.set(revision.get() + 1);
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

    /** Where the learner picks up the course; empty once every module is done. */
    public Optional<Resume> resume() {
        if (modules.isEmpty()) {
            return Optional.empty();
        }
        if (modules.stream().allMatch(m -> records.status(m.id()) == LessonStatus.NEW)) {
            return Optional.of(new Resume(modules.get(0), 0, false));
        }
        Optional<Resume> inProgress = modules.stream()
                .filter(m -> records.status(m.id()) == LessonStatus.IN_PROGRESS)
                .findFirst()
                .map(m -> new Resume(m, Math.min(records.furthestScreen(m.id()).orElse(0),
                        Math.max(0, m.sections().size() - 1)), true));
        return inProgress.or(() -> modules.stream()
                .filter(m -> records.status(m.id()) == LessonStatus.NEW)
                .findFirst()
                .map(m -> new Resume(m, 0, true)));
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
        revision.set(revision.get() + 1);
    }

    public void backToLesson() {
        mode.set(module.get() == null ? Mode.LIST : Mode.READING);
    }

    public void backToList() {
        mode.set(Mode.LIST);
        revision.set(revision.get() + 1);
    }

    /** Progress changed elsewhere (another learner became active): the list redraws. */
    public void reload() {
        revision.set(revision.get() + 1);
    }

    public void practise(Exercise exercise) {
        openExercise.accept(exercise.id());
    }
}
