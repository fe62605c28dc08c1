package com.followupcoach.ui.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * Whose progress the app shows. Pages hook in with {@link #beforeSwitch} (e.g. to save a
 * draft under the learner it belongs to, before anything changes) and {@link #afterSwitch}
 * (to reload for the new one). Change it through {@link ProfilesViewModel#switchTo}.
 */
public final class ActiveProfile {

    private final ReadOnlyObjectWrapper<LearnerProfile> active;
    private final List<Runnable> beforeSwitch = new ArrayList<>();
    private final List<Runnable> afterSwitch = new ArrayList<>();
    /** A copy of the id for background threads, which must not read a JavaFX property. */
    private volatile long id;

    public ActiveProfile(LearnerProfile initial) {
        active = new ReadOnlyObjectWrapper<>(Objects.requireNonNull(initial));
        id = initial.id();
    }

    public ReadOnlyObjectProperty<LearnerProfile> activeProperty() {
        return active.getReadOnlyProperty();
    }

    /** The active profile's id; safe to read from any thread (the store adapters do). */
    public long id() {
        return id;
    }

    /** Runs on the FX thread just before the active learner changes. */
    public void beforeSwitch(Runnable action) {
        beforeSwitch.add(action);
    }

    /** Runs on the FX thread just after the active learner changed. */
    public void afterSwitch(Runnable action) {
        afterSwitch.add(action);
    }

    /** Makes {@code profile} active; the same learner under a new name is no switch. */
    void switchTo(LearnerProfile profile) {
        if (profile.id() == id) {
            active.set(profile);
            return;
        }
        beforeSwitch.forEach(Runnable::run);
        id = profile.id();
        active.set(profile);
        afterSwitch.forEach(Runnable::run);
    }
}
