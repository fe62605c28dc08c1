package com.followupcoach.ui.practice;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The cool-down after "my letter is ready": remembers when the open task's letter was
 * marked, and says when a fresh review is due.
 */
final class ReviewReminder {

    private final PracticeRecords records;
    private final Clock clock;
    private final ReadOnlyObjectWrapper<Readiness> readiness = new ReadOnlyObjectWrapper<>();

    ReviewReminder(PracticeRecords records, Clock clock) {
        this.records = records;
        this.clock = clock;
    }

    ReadOnlyObjectProperty<Readiness> readinessProperty() {
        return readiness.getReadOnlyProperty();
    }

    void markReady(String taskId, String text) {
        records.markReady(taskId, text);
        readiness.set(of(clock.instant()));
    }

    void clear(String taskId) {
        records.clearReady(taskId);
        readiness.set(null);
    }

    void clearShown() {
        readiness.set(null);
    }

    /** Reads the task's mark again; returns true when the review has just become due. */
    boolean refresh(String taskId) {
        boolean wasDue = readiness.get() != null && readiness.get().due();
        Readiness now = records.readySince(taskId).map(this::of).orElse(null);
        readiness.set(now);
        return now != null && now.due() && !wasDue;
    }

    private Readiness of(Instant since) {
        Duration coolDown = records.coolDown();
        Instant after = since.plus(coolDown);
        return new Readiness(since, after, !clock.instant().isBefore(after));
    }
}
