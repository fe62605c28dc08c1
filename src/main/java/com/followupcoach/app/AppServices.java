package com.followupcoach.app;

import com.followupcoach.cli.DesktopOptions;
import com.followupcoach.lessons.LessonLibrary;
import com.followupcoach.lessons.LessonLoader;
import com.followupcoach.progress.OpenedStore;
import com.followupcoach.progress.ProgressStore;
import com.followupcoach.progress.ProgressStoreOpener;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * What the desktop app needs before its first real page: the lessons and the progress
 * store; the engine follows ({@link ScoringLoad}). Loading reads files, so it runs off the
 * FX thread: the lessons on a thread of their own, beside the store.
 *
 * @param warnings one line each, for the window's banner (storage fell back, lessons skipped;
 *                 a broken rubric comes with the engine)
 */
record AppServices(LessonLibrary library, OpenedStore opened, ScoringLoad scoring, Path dataDir,
                   boolean restoredAfterCrash, List<String> warnings) {

    /** Loads everything, the engine at once on its own thread. */
    static AppServices load(DesktopOptions options) {
        AppServices services = loadForWindow(options);
        services.scoring().start();
        return services;
    }

    /** Loads what the first page needs; the engine waits for {@code scoring().start()}. */
    static AppServices loadForWindow(DesktopOptions options) {
        Path dataDir = options.dataFolder();
        StartupTrace.mark("services-begin");
        // The lessons are read on a thread of their own while the store opens on this one:
        // neither needs the other, and both come before the first page.
        CompletableFuture<LessonLibrary> lessons = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try {
                lessons.complete(LessonLoader.loadForApp(Optional.of(dataDir.resolve("lessons")), options.lessonsDir()));
                StartupTrace.mark("lessons-loaded");
            } catch (RuntimeException | Error e) {
                lessons.completeExceptionally(e);
            }
        }, "lessons-load");
        reader.setDaemon(true);
        reader.start();
        OpenedStore opened = new ProgressStoreOpener(Clock.systemDefaultZone()).openForApp(dataDir);
        StartupTrace.mark("store-opened");
        LessonLibrary library;
        try {
            library = lessons.join();
        } catch (CompletionException e) {
            opened.store().close();
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }

        List<String> warnings = new ArrayList<>();
        opened.warning().ifPresent(warnings::add);
        if (!library.skipped().isEmpty() || library.hasProblems()) {
            warnings.add(LessonWarnings.describe(library));
        }
        ProgressStore store = opened.store();
        boolean restored = store.previousRunCrashed()
                && !store.drafts().restoredAfterCrash(store.profiles().lastActive().id()).isEmpty();
        StartupTrace.mark("services-end");
        return new AppServices(library, opened, new ScoringLoad(rubricFolders(options, dataDir)), dataDir, restored,
                List.copyOf(warnings));
    }

    /**
     * Where a trainer's rubric may be, first match wins: {@code --lessons DIR}, then the
     * user data folder's lessons (the lesson folder that loads last is the one asked for).
     */
    static List<Path> rubricFolders(DesktopOptions options, Path dataDir) {
        List<Path> folders = new ArrayList<>();
        options.lessonsDir().ifPresent(folders::add);
        folders.add(dataDir.resolve("lessons"));
        return folders;
    }

    ProgressStore store() {
        return opened.store();
    }
}
