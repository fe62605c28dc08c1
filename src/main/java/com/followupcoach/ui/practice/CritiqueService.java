package com.followupcoach.ui.practice;

import com.followupcoach.vocabulary.Critique;
import com.followupcoach.vocabulary.Finding;
import com.followupcoach.vocabulary.Scenario;
import com.followupcoach.scoring.ScoringEngine;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiFunction;
import java.util.function.Predicate;

/**
 * Runs the engine on one background thread, so that a long draft never stalls typing.
 * Live critiques are latest-only: a request still waiting when a newer one comes is
 * cancelled and never runs. A submitted letter is always scored.
 */
public final class CritiqueService implements AutoCloseable {

    /** Scores a letter, leaving out the findings the writer dismissed. */
    @FunctionalInterface
    public interface Scorer {
        Critique score(String text, Scenario scenario, Predicate<Finding> dismissed);
    }

    private final Scorer engine;
    private final Executor worker;
    private final ExecutorService ownThread;
    private final AtomicReference<Job> latest = new AtomicReference<>();

    public CritiqueService(ScoringEngine engine) {
        this((Scorer) engine::score);
    }

    /** A scorer that knows nothing of dismissals: tests give one with known findings. */
    public CritiqueService(BiFunction<String, Scenario, Critique> scorer) {
        this((text, scenario, dismissed) -> scorer.apply(text, scenario));
    }

    public CritiqueService(Scorer scorer) {
        this.engine = scorer;
        this.ownThread = Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, "critique");
            thread.setDaemon(true);
            return thread;
        });
        this.worker = ownThread;
    }

    /** On a given executor: view-model tests run the engine when they choose. */
    CritiqueService(Scorer scorer, Executor worker) {
        this.engine = scorer;
        this.worker = worker;
        this.ownThread = null;
    }

    /**
     * The live critique, later. A request still queued when a newer one comes is cancelled;
     * after {@link #close()} (the app is closing) a request is quietly dropped.
     */
    public CompletableFuture<Critique> critique(String text, Scenario scenario, Predicate<Finding> dismissed) {
        Job job = new Job(text, scenario, dismissed);
        Job older = latest.getAndSet(job);
        if (older != null) {
            older.result.cancel(false);
        }
        run(this::runLatest);
        return job.result;
    }

    public CompletableFuture<Critique> critique(String text, Scenario scenario) {
        return critique(text, scenario, finding -> false);
    }

    /** Scores a letter being submitted: never superseded by the live critique. */
    public CompletableFuture<Critique> score(String text, Scenario scenario, Predicate<Finding> dismissed) {
        Job job = new Job(text, scenario, dismissed);
        run(job::run);
        return job.result;
    }

    private void run(Runnable work) {
        try {
            worker.execute(work);
        } catch (RejectedExecutionException closed) {
            // Closing: the answer is no longer wanted.
        }
    }

    /** Each request queues one of these; only the first to run after it finds work to do. */
    private void runLatest() {
        Job job = latest.getAndSet(null);
        if (job != null) {
            job.run();
        }
    }

    @Override
    public void close() {
        if (ownThread != null) {
            ownThread.shutdownNow();
        }
    }

    /** One letter to score; a failure of the engine completes the result exceptionally. */
    private final class Job {
        final String text;
        final Scenario scenario;
        final Predicate<Finding> dismissed;
        final CompletableFuture<Critique> result = new CompletableFuture<>();

        Job(String text, Scenario scenario, Predicate<Finding> dismissed) {
            this.text = text;
            this.scenario = scenario;
            this.dismissed = dismissed;
        }

        void run() {
            if (result.isDone()) {
                return;
            }
            try {
                result.complete(engine.score(text, scenario, dismissed));
            } catch (RuntimeException | StackOverflowError e) {
                result.completeExceptionally(e);
            }
        }
    }
}
