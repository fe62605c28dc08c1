package com.followupcoach.ui.practice;

import com.followupcoach.scoring.ScoringEngine;
import com.followupcoach.vocabulary.Critique;
import com.followupcoach.vocabulary.Scenario;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BiFunction;

/**
 * Runs the engine on one background thread, so that a long draft never stalls typing.
 * One thread is enough: only the latest request matters and the engine is fast.
 */
public final class CritiqueService implements AutoCloseable {

    private final BiFunction<String, Scenario, Critique> engine;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "critique");
        thread.setDaemon(true);
        return thread;
    });

    public CritiqueService(ScoringEngine engine) {
        this(engine::score);
    }

    /** Any scorer: tests give one with known findings, whatever the real engine's wording. */
    public CritiqueService(BiFunction<String, Scenario, Critique> scorer) {
        this.engine = scorer;
    }

    /** The critique, later; after {@link #close()} (the app is closing) a request is quietly dropped. */
    public CompletableFuture<Critique> critique(String text, Scenario scenario) {
        try {
            return CompletableFuture.supplyAsync(() -> engine.apply(text, scenario), worker);
        } catch (java.util.concurrent.RejectedExecutionException closed) {
            return new CompletableFuture<>();
        }
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
