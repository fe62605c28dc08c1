package com.followupcoach.ui.practice;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A scheduler whose time moves only when the test says so: timing tests without sleeping. */
final class ManualScheduler implements DraftAutosave.Scheduler {

    private record Task(long at, long order, Runnable work) {
    }

    private final List<Task> tasks = new ArrayList<>();
    private long now;
    private long order;

    @Override
    public synchronized Runnable schedule(Duration delay, Runnable work) {
        Task task = new Task(now + delay.toMillis(), order++, work);
        tasks.add(task);
        return () -> {
            synchronized (this) {
                tasks.remove(task);
            }
        };
    }

    /** Moves time forward, running what falls due in order. */
    void advance(Duration by) {
        long until = now + by.toMillis();
        while (true) {
            Task next;
            synchronized (this) {
                next = tasks.stream().filter(t -> t.at() <= until)
                        .min(Comparator.comparingLong(Task::at).thenComparingLong(Task::order)).orElse(null);
                if (next == null) {
                    now = until;
                    return;
                }
                tasks.remove(next);
                now = next.at();
            }
            next.work().run();
        }
    }

    @Override
    public void close() {
    }
}
