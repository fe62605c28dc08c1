package com.followupcoach.ui.workshop;

import com.followupcoach.lessons.Annotation;
import com.followupcoach.lessons.LessonModule;
import com.followupcoach.lessons.SampleLetter;
import com.followupcoach.lessons.Section;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The Workshop page for a trainer at a projector: a lesson as slides, or a sample letter
 * whose annotations are revealed one at a time while the room discusses it.
 */
public final class WorkshopViewModel {

    /** What the page shows. */
    public enum Mode { HOME, SLIDES, SAMPLE }

    private final List<LessonModule> modules;
    private final List<SampleLetter> samples;
    private final ReadOnlyObjectWrapper<Mode> mode = new ReadOnlyObjectWrapper<>(Mode.HOME);
    private final ReadOnlyObjectWrapper<LessonModule> module = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<SampleLetter> sample = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyIntegerWrapper step = new ReadOnlyIntegerWrapper();

    public WorkshopViewModel(List<LessonModule> modules, List<SampleLetter> samples) {
        this.modules = List.copyOf(modules);
        this.samples = List.copyOf(samples);
    }

    public List<LessonModule> modules() {
        return modules;
    }

    public List<SampleLetter> samples() {
        return samples;
    }

    public ReadOnlyObjectProperty<Mode> modeProperty() {
        return mode.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<LessonModule> moduleProperty() {
        return module.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<SampleLetter> sampleProperty() {
        return sample.getReadOnlyProperty();
    }

    /** The slide shown, or how many annotations are revealed. */
    public ReadOnlyIntegerProperty stepProperty() {
        return step.getReadOnlyProperty();
    }

    // The step and mode change before the lesson or letter, so that views redrawing on the
    // new lesson or letter already see where they are.
    public void present(LessonModule lesson) {
        step.set(0);
        mode.set(Mode.SLIDES);
        module.set(lesson);
    }

    public void critique(SampleLetter letter) {
        step.set(0);
        mode.set(Mode.SAMPLE);
        sample.set(letter);
    }

    public void home() {
        mode.set(Mode.HOME);
    }

    /** Slides: the sections, then one slide of takeaways. */
    public int slideCount() {
        return module.get() == null ? 0 : module.get().sections().size() + 1;
    }

    public Optional<Section> slide() {
        LessonModule m = module.get();
        return m == null || step.get() >= m.sections().size() ? Optional.empty()
                : Optional.of(m.sections().get(step.get()));
    }

    public List<Annotation> revealed() {
        SampleLetter s = sample.get();
        return s == null ? List.of() : s.annotations().subList(0, Math.min(step.get(), s.annotations().size()));
    }

    public boolean canGoForward() {
        return step.get() < lastStep();
    }

    public boolean canGoBack() {
        return step.get() > 0;
    }

    public void forward() {
        step.set(Math.min(lastStep(), step.get() + 1));
    }

    public void back() {
        step.set(Math.max(0, step.get() - 1));
    }

    private int lastStep() {
        return switch (mode.get()) {
            case SLIDES -> slideCount() - 1;
            case SAMPLE -> sample.get().annotations().size();
            case HOME -> 0;
        };
    }
}
