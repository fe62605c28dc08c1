package com.followupcoach.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Many writers at once. No SQLITE_BUSY may escape: between two connections, WAL and the
 * busy timeout wait it out; within one store, the lock serialises the calls.
 */
class ConcurrencyTest {

    private static final int ROUNDS = 150;

    @TempDir
    Path dir;

    @Test
    void twoConnectionsWritingAndReadingAtOnceNeverFail() throws Exception {
        StoreFixture fixture = new StoreFixture(dir);
        try (ProgressStore app = fixture.open();
             ProgressStore commandLine = fixture.opener().openShared(dir).store()) {
            long me = app.profiles().lastActive().id();
            runTogether(
                    () -> {
                        for (int i = 0; i < ROUNDS; i++) {
                            app.attempts().record(me, "ex-1", "attempt " + i, Critiques.allMet(i % 101));
                        }
                        return null;
                    },
                    () -> {
                        for (int i = 0; i < ROUNDS; i++) {
                            commandLine.drafts().save(me, "own-letter", "typed " + i, Optional.empty());
                            commandLine.dashboard().summary(me);
                            // reads, then writes, in one transaction
                            commandLine.profiles().create("Learner " + i);
                        }
                        return null;
                    });
            assertThat(commandLine.attempts().all(me)).hasSize(ROUNDS);
            assertThat(app.profiles().list()).hasSize(ROUNDS + 1);
            assertThat(app.drafts().find(me, "own-letter")).map(Draft::text).contains("typed " + (ROUNDS - 1));
        }
    }

    @Test
    void oneStoreSharedByTheUisBackgroundThreads() throws Exception {
        try (ProgressStore store = new StoreFixture(dir).open()) {
            long me = store.profiles().lastActive().id();
            runTogether(
                    () -> {
                        for (int i = 0; i < ROUNDS; i++) {
                            store.drafts().save(me, "own-letter", "autosave " + i, Optional.empty());
                        }
                        return null;
                    },
                    () -> {
                        for (int i = 0; i < ROUNDS; i++) {
                            store.attempts().record(me, "ex-1", "attempt " + i, Critiques.allMet(50));
                        }
                        return null;
                    },
                    () -> {
                        for (int i = 0; i < ROUNDS; i++) {
                            store.dashboard().summary(me);
                        }
                        return null;
                    });
            assertThat(store.attempts().all(me)).hasSize(ROUNDS);
            assertThat(SampleData.rowsOwnedBy(store, me)).containsEntry("attempt_criterion", ROUNDS * 14);
        }
    }

    @SafeVarargs
    private static void runTogether(Callable<Void>... tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(tasks.length);
        try {
            List<Future<Void>> futures = new ArrayList<>();
            for (Callable<Void> task : tasks) {
                futures.add(pool.submit(task));
            }
            for (Future<Void> future : futures) {
                future.get(60, TimeUnit.SECONDS); // rethrows any failure, SQLITE_BUSY included
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
