package com.followupcoach.ui.practice;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The cool-down after "my letter is ready": knows when the open task's letter was marked,
 * and says when a fresh review is due. It holds what the store said; the view model reads
 * and writes the store off the UI thread.
 */
final class ReviewReminder {

    private final Clock clock;
    private final ReadOnlyObjectWrapper<Readiness> readiness = new ReadOnlyObjectWrapper<>();
    private Duration coolDown = Duration.ZERO;

    ReviewReminder(Clock clock) {
        this.clock = clock;
    }

    ReadOnlyObjectProperty<Readiness> readinessProperty() {
        return readiness.getReadOnlyProperty();
    }

    /** What the store holds for the open task. */
    void show(Optional<Instant> since, Duration storedCoolDown) {
        coolDown = storedCoolDown;
        readiness.set(since.map(this::of).orElse(null));
    }

    void markedNow() {
        readiness.set(of(clock.instant()));
    }

    void clear() {
        readiness.set(null);
    }

    /** Looks at the clock again; returns true when the review has just become due. */
    boolean refresh() {
        Readiness shown = readiness.get();
        if (shown == null || shown.due()) {
            return false;
        }
        Readiness now = of(shown.since());
        readiness.set(now);
        return now.due();
    }

    private Readiness of(Instant since) {
        Instant after = since.plus(coolDown);
        return new Readiness(since, after, !clock.instant().isBefore(after));
    }
}
