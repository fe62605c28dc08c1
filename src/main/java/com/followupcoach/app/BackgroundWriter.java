package com.followupcoach.app;

import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Runs the store's writes on one background thread, in the order they were asked, so the
 * FX thread never waits for the disk. A failed write is reported, never thrown at the UI.
 * As an {@link Executor} it also runs the views' slower reads (the dashboard, profile
 * actions): queued behind the writes, they see what was just saved.
 */
final class BackgroundWriter implements Executor, AutoCloseable {

    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "progress-writer");
        t.setDaemon(true);
        return t;
    });
    private final Consumer<String> onFailure;

    BackgroundWriter(Consumer<String> onFailure) {
        this.onFailure = onFailure;
    }

    void write(Runnable work) {
        thread.execute(() -> {
            try {
                work.run();
            } catch (RuntimeException e) {
                onFailure.accept(e.getMessage());
            }
        });
    }

    @Override
    public void execute(Runnable work) {
        write(work);
    }

    /** Waits for the writes already asked for, e.g. before the store closes. */
    @Override
    public void close() {
        thread.shutdown();
        try {
            thread.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
