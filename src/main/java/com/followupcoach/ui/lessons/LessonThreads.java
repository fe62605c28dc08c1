package com.followupcoach.ui.lessons;

import java.util.concurrent.Executor;
import javafx.application.Platform;

/**
 * Where the Lessons view model's work runs: its properties change on {@code ui}, and the
 * records are read on {@code storage}, never on the FX thread. Injected, so the view model
 * is tested without a stage.
 */
public record LessonThreads(Executor ui, Executor storage) {

    /** The desktop app's: the FX thread, and the given storage thread. */
    public static LessonThreads fx(Executor storage) {
        return new LessonThreads(Platform::runLater, storage);
    }

    /** For view tests with records in memory: everything runs where it is asked. */
    static LessonThreads direct() {
        return new LessonThreads(Runnable::run, Runnable::run);
    }
}
