package com.followupcoach.ui.workshop;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The countdown of a timed writing exercise. Time is read from a {@link Clock}, and the
 * time left is brought up to date by {@link #tick()}: the view calls it a few times a
 * second, and tests call it after moving a fake clock on, so no test waits for real time.
 */
final class CountdownTimer {

    static final Duration DEFAULT = Duration.ofMinutes(10);
    private static final Duration MINUTE = Duration.ofMinutes(1);

    private final Clock clock;
    private final ReadOnlyObjectWrapper<Duration> remaining = new ReadOnlyObjectWrapper<>(DEFAULT);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper finished = new ReadOnlyBooleanWrapper();
    private Duration length = DEFAULT;
    /** While running: the moment the time runs out. */
    private Instant endsAt;

    CountdownTimer(Clock clock) {
        this.clock = Objects.requireNonNull(clock);
    }

    ReadOnlyObjectProperty<Duration> remainingProperty() {
        return remaining.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** True once the time has run out, until the timer is reset or given more time. */
    ReadOnlyBooleanProperty finishedProperty() {
        return finished.getReadOnlyProperty();
    }

    void start() {
        if (!running.get() && !remaining.get().isZero() && !remaining.get().isNegative()) {
            endsAt = clock.instant().plus(remaining.get());
            running.set(true);
        }
    }

    void pause() {
        if (running.get()) {
            tick();
            running.set(false);
        }
    }

    void toggle() {
        if (running.get()) {
            pause();
        } else {
            start();
        }
    }

    /** One more minute, whether running, paused or already finished. */
    void addMinute() {
        if (running.get()) {
            endsAt = endsAt.plus(MINUTE);
            tick();
        } else {
            remaining.set(remaining.get().plus(MINUTE));
        }
        finished.set(false);
    }

    /** Back to the full length, stopped. */
    void reset() {
        running.set(false);
        finished.set(false);
        remaining.set(length);
    }

    /** A new exercise: this length, stopped. */
    void setLength(Duration newLength) {
        length = newLength;
        reset();
    }

    void tick() {
        if (!running.get()) {
            return;
        }
        Duration left = Duration.between(clock.instant(), endsAt);
        if (left.isNegative() || left.isZero()) {
            remaining.set(Duration.ZERO);
            running.set(false);
            finished.set(true);
        } else {
            remaining.set(left);
        }
    }

    /** "9:05": minutes and seconds, the seconds rounded up so 0:00 shows only at the end. */
    static String format(Duration left) {
        long seconds = (left.toMillis() + 999) / 1000;
        return seconds / 60 + ":" + String.format("%02d", seconds % 60);
    }
}
