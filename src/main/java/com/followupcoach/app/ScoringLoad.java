package com.followupcoach.app;

import com.followupcoach.scoring.ScoringEngine;
import com.followupcoach.files.CacheFolder;
import com.followupcoach.scoring.rubric.FolderRubric;
import com.followupcoach.scoring.rubric.RubricCache;
import com.followupcoach.ui.common.Messages;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The engine and its rubric, built on a background thread. The Lessons page, which the app
 * opens on, needs neither, so the window does not wait for them: the app starts this once
 * its first page is laid out (about a second of work on this machine). A page that needs
 * the engine before then starts it itself and waits; the critique thread only waits.
 */
final class ScoringLoad {

    /** The engine, and one line for the window's banner when the lesson folder's rubric is broken. */
    record Scoring(ScoringEngine engine, Optional<String> warning) {
    }

    private final List<Path> rubricFolders;
    private final AtomicBoolean started = new AtomicBoolean();
    private final CompletableFuture<Scoring> result = new CompletableFuture<>();

    ScoringLoad(List<Path> rubricFolders) {
        this.rubricFolders = List.copyOf(rubricFolders);
    }

    /** Begins the build on a background thread; once. */
    void start() {
        if (started.compareAndSet(false, true)) {
            Thread thread = new Thread(this::build, "scoring-load");
            thread.setDaemon(true);
            thread.start();
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
