package com.followupcoach.ui.practice;

import java.time.Duration;
import java.util.concurrent.Executor;
import javafx.application.Platform;
import org.reactfx.util.FxTimer;
import org.reactfx.util.Timer;

/**
 * Where the Practice view model's work runs: its properties change on {@code ui}, the
 * store is read and written on {@code storage}, and timed work (the typing pause) is
 * scheduled by {@code scheduler}. Injected, so the view model is tested without a stage.
 */
public record PracticeThreads(Executor ui, Executor storage, Scheduler scheduler) {

    /** Runs an action on the UI thread after a delay, unless cancelled first. */
    @FunctionalInterface
    public interface Scheduler {
        Runnable after(Duration delay, Runnable action);
    }

    /** The desktop app's: the FX thread, the given storage thread, and FX timers. */
    public static PracticeThreads fx(Executor storage) {
        return new PracticeThreads(Platform::runLater, storage, (delay, action) -> {
            Timer timer = FxTimer.runLater(delay, action);
            return timer::stop;
        });
    }

    /** For view tests with records in memory: the store is called where the work is asked. */
    static PracticeThreads fxWithDirectStorage() {
        return fx(Runnable::run);
    }
}
