package com.followupcoach.app;

import com.followupcoach.scoring.ScoringEngine;
import com.followupcoach.files.CacheFolder;
import com.followupcoach.scoring.rubric.FolderRubric;
import com.followupcoach.scoring.rubric.RubricCache;
import com.followupcoach.ui.common.Messages;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The engine and its rubric, built on a background thread. The Lessons page, which the app
 * opens on, needs neither, so the window does not wait for them: the app starts this a
 * moment after its first page is laid out ({@link #startAfter}), once that page's first
 * frame has been drawn in software (the build is about a second of work on this machine). A
 * page that needs the engine before then starts it at once and waits; the critique thread
 * only waits.
 */
final class ScoringLoad {

    /** The engine, and one line for the window's banner when the lesson folder's rubric is broken. */
    record Scoring(ScoringEngine engine, Optional<String> warning) {
    }

    private final List<Path> rubricFolders;
    private final AtomicBoolean started = new AtomicBoolean();
    /** Counted down when the build must not wait any longer. */
    private final CountDownLatch now = new CountDownLatch(1);
    private final CompletableFuture<Scoring> result = new CompletableFuture<>();

    ScoringLoad(List<Path> rubricFolders) {
        this.rubricFolders = List.copyOf(rubricFolders);
    }

    /** Begins the build on a background thread at once; once. */
    void start() {
        now.countDown();
        startAfter(Duration.ZERO);
    }

    /**
     * Begins the build after {@code pause}, or sooner if {@link #start} or {@link #get} is
     * called meanwhile; once. The first page's first frame is drawn on the other core while
     * this waits: a build beside it would take half its time on two cores, and its young
     * collections would stop the drawing too.
     */
    void startAfter(Duration pause) {
        if (started.compareAndSet(false, true)) {
            Thread thread = new Thread(() -> {
                waitFor(pause);
                build();
            }, "scoring-load");
            thread.setDaemon(true);
            thread.start();
        }
    }

    private void waitFor(Duration pause) {
        try {
            now.await(pause.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // builds now; the flag stays for whoever asks
        }
    }

    /** Starts the build if nothing has yet, and waits for it: for a page being opened. */
    Scoring get() {
        start();
        return result.join();
    }

    /** Completes when the build is done, without starting it. */
    CompletableFuture<Scoring> loaded() {
        return result;
    }

    private void build() {
        StartupTrace.mark("scoring-begin");
        try {
            FolderRubric.Choice rubric = FolderRubric.choose(rubricFolders, Optional.of(RubricCache.in(CacheFolder.current())));
            StartupTrace.mark("scoring-built");
            result.complete(new Scoring(new ScoringEngine(rubric.rubric()),
                    rubric.failure().map(e -> Messages.format("rubric.broken", e.getMessage()))));
        } catch (RuntimeException | Error e) {
            result.completeExceptionally(e);
        }
    }
}
