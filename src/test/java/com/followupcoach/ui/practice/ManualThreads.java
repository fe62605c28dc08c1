package com.followupcoach.ui.practice;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Executor;

/**
 * The view model's threads, run by hand on the test's thread: work waits in queues until
 * the test lets it run, so every interleaving of typing, engine and store can be staged.
 */
final class ManualThreads {

    final Queue ui = new Queue();
    final Queue storage = new Queue();
    final Queue engine = new Queue();
    private final List<Timer> timers = new ArrayList<>();

    PracticeThreads threads() {
        return new PracticeThreads(ui, storage, (delay, action) -> {
            Timer timer = new Timer(delay, action);
            timers.add(timer);
            return () -> timers.remove(timer);
        });
    }

    /** The typing pause ends: the timers due run. */
    void pauseEnds() {
        List<Timer> due = new ArrayList<>(timers);
        timers.clear();
        due.forEach(t -> t.action.run());
    }

    int timersWaiting() {
        return timers.size();
    }

    /** Runs everything queued, and what that work queues in turn, until all is quiet. */
    void runAll() {
        while (engine.runOne() || storage.runOne() || ui.runOne()) {
            // keep going
        }
    }

    /** Work in the order it was asked for. */
    static final class Queue implements Executor {
        private final Deque<Runnable> work = new ArrayDeque<>();

        @Override
        public void execute(Runnable command) {
            work.add(command);
        }

        boolean runOne() {
            Runnable next = work.poll();
            if (next == null) {
                return false;
            }
            next.run();
            return true;
        }

        void runAll() {
            while (runOne()) {
                // keep going
            }
        }

        int size() {
            return work.size();
        }
    }

    private static final class Timer {
        final Duration delay;
        final Runnable action;

        Timer(Duration delay, Runnable action) {
            this.delay = delay;
            this.action = action;
        }
    }
}
