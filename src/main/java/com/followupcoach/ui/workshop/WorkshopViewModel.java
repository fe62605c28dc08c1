package com.followupcoach.ui.workshop;

import com.followupcoach.lessons.Exercise;
import com.followupcoach.lessons.LessonModule;
import com.followupcoach.lessons.SampleLetter;
import com.followupcoach.vocabulary.Scenario;
import com.followupcoach.scoring.ScoringEngine;
import com.followupcoach.scoring.group.GroupLetter;
import com.followupcoach.scoring.group.GroupScoring;
import com.followupcoach.ui.common.Messages;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The Workshop page for a trainer at a projector: a lesson as slides, a letter walked
 * through one point at a time (a sample, a participant's or one typed live), a timed
 * writing exercise and the group's letters side by side. The screen can be blanked.
 */
public final class WorkshopViewModel {

    /** What the page shows. */
    public enum Mode { HOME, SLIDES, WALKTHROUGH, TIMER, GROUP, LIVE }

    /** A blanked screen, as B and W do in a presentation. */
    public enum Blank { NONE, BLACK, WHITE }

    private final List<LessonModule> modules;
    private final List<SampleLetter> samples;
    private final ScoringEngine engine;
    private final ReadOnlyObjectWrapper<Mode> mode = new ReadOnlyObjectWrapper<>(Mode.HOME);
    private final ReadOnlyObjectWrapper<LessonModule> module = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<List<Slide>> deck = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyObjectWrapper<Walkthrough> walkthrough = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Exercise> exercise = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyIntegerWrapper step = new ReadOnlyIntegerWrapper();
    private final ReadOnlyObjectWrapper<Blank> blank = new ReadOnlyObjectWrapper<>(Blank.NONE);
    private final BooleanProperty notesShown = new SimpleBooleanProperty(false);
    private final StringProperty liveText = new SimpleStringProperty("");
    private final CountdownTimer timer;
    private final GroupViewModel group;
    /** Where Esc goes from a walkthrough: home, or back to the group table or the live letter. */
    private Mode walkthroughFrom = Mode.HOME;

    public WorkshopViewModel(List<LessonModule> modules, List<SampleLetter> samples, WorkshopServices services) {
        this.modules = List.copyOf(modules);
        this.samples = List.copyOf(samples);
        this.engine = services.engine();
        this.timer = new CountdownTimer(services.clock());
        this.group = new GroupViewModel(new GroupScoring(engine), services.files(), services.background(), services.fx());
    }

    public List<LessonModule> modules() {
        return modules;
    }

    public List<SampleLetter> samples() {
        return samples;
    }

    /** The exercises a room can write to: those with a scenario to show. */
    public List<Exercise> timedExercises() {
        return modules.stream().flatMap(m -> m.exercises().stream()).filter(e -> e.scenario().isPresent()).toList();
    }

    public ReadOnlyObjectProperty<Mode> modeProperty() {
        return mode.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<LessonModule> moduleProperty() {
        return module.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<List<Slide>> deckProperty() {
        return deck.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<Walkthrough> walkthroughProperty() {
        return walkthrough.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Exercise> exerciseProperty() {
        return exercise.getReadOnlyProperty();
    }

    /** The slide shown, or how many points of the walkthrough are revealed. */
    public ReadOnlyIntegerProperty stepProperty() {
        return step.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Blank> blankProperty() {
        return blank.getReadOnlyProperty();
    }

    /** Presenter notes under the slide (one screen) or on the second screen's window. */
    public BooleanProperty notesShownProperty() {
        return notesShown;
    }

    /** The letter typed or pasted on the projector. */
    public StringProperty liveTextProperty() {
        return liveText;
    }

    CountdownTimer timer() {
        return timer;
    }

    GroupViewModel group() {
        return group;
    }

    // The step and mode change before the lesson or letter, so that views redrawing on the
    // new lesson or letter already see where they are.
    public void present(LessonModule lesson) {
        step.set(0);
        deck.set(SlideDeck.of(lesson, Messages.get("lessons.takeaways")));
        mode.set(Mode.SLIDES);
        module.set(lesson);
    }

    public void critique(SampleLetter letter) {
        walk(Walkthroughs.of(letter), Mode.HOME);
    }

    /** A participant's letter from the group table, walked through by its anonymous label. */
    void critique(GroupLetter letter) {
        String title = Messages.format("workshop.group.letter", group.showNamesProperty().get() ? letter.name() : letter.label());
        walk(Walkthroughs.of(title, letter.text(), letter.critique()), Mode.GROUP);
    }

    /** The live letter, scored now and walked through. */
    public void critiqueLiveLetter() {
        String text = liveText.get() == null ? "" : liveText.get();
        if (text.isBlank()) {
            return;
        }
        walk(Walkthroughs.of(Messages.get("workshop.live.title"), text, engine.score(text, Scenario.NONE)), Mode.LIVE);
    }

    private void walk(Walkthrough letter, Mode from) {
        walkthroughFrom = from;
        step.set(0);
        mode.set(Mode.WALKTHROUGH);
        walkthrough.set(letter);
    }

    public void timedWriting(Exercise task) {
        timer.setLength(CountdownTimer.DEFAULT);
        mode.set(Mode.TIMER);
        exercise.set(task);
    }

    public void showGroup() {
        mode.set(Mode.GROUP);
    }

    public void liveLetter() {
        mode.set(Mode.LIVE);
    }

    public void home() {
        timer.pause();
        mode.set(Mode.HOME);
    }

    /** Esc: out of a walkthrough to where it was opened from, otherwise home. */
    public void leave() {
        if (mode.get() == Mode.WALKTHROUGH && walkthroughFrom != Mode.HOME) {
            mode.set(walkthroughFrom);
        } else {
            home();
        }
    }

    public void blank(Blank colour) {
        blank.set(colour);
    }

    public void toggleNotes() {
        notesShown.set(!notesShown.get());
    }

    public int slideCount() {
        return deck.get().size();
    }

    Optional<Slide> slide() {
        List<Slide> slides = deck.get();
        return mode.get() != Mode.SLIDES || step.get() >= slides.size() ? Optional.empty() : Optional.of(slides.get(step.get()));
    }

    /** The notes for what is on screen now; empty when there are none. */
    String currentNotes() {
        return slide().map(Slide::notes).orElse("");
    }

    /** The heading of the slide after this one, for the trainer's notes; empty on the last. */
    String nextHeading() {
        List<Slide> slides = deck.get();
        return mode.get() == Mode.SLIDES && step.get() + 1 < slides.size() ? slides.get(step.get() + 1).heading() : "";
    }

    List<RevealPoint> revealed() {
        Walkthrough w = walkthrough.get();
        return w == null ? List.of() : w.points().subList(0, Math.min(step.get(), w.points().size()));
    }

    /** The last step of a walkthrough: every point, then the verdict on a step of its own. */
    boolean verdictShown() {
        Walkthrough w = walkthrough.get();
        return w != null && step.get() > w.points().size();
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
            case WALKTHROUGH -> walkthrough.get().points().size() + 1;
            default -> 0;
        };
    }
}
