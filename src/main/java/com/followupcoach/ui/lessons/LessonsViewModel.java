package com.followupcoach.ui.lessons;

import com.followupcoach.lessons.Exercise;
import com.followupcoach.lessons.LessonModule;
import com.followupcoach.lessons.Section;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
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

    public OptionalInt mastery(LessonModule m) {
        return records.mastery(m.id());
    }

    public void open(String moduleId) {
        modules.stream().filter(m -> m.id().equals(moduleId)).findFirst().ifPresent(m -> {
            module.set(m);
            mode.set(Mode.READING);
            goToScreen(0);
        });
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

    public void startQuiz() {
        if (module.get() != null && !module.get().quiz().questions().isEmpty()) {
            mode.set(Mode.QUIZ);
        }
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
