package com.followupcoach.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The faults of issue 12, each on a real file: damage in the middle, odd versions, a
 * migration that cannot apply, leftovers of a read-only run, a folder in the file's place,
 * a full disk at start, and the permissions of everything written.
 */
class StoreFaultsTest {

    private static final String LETTER = "Dear Ms Chen, thank you for the interview. ";

    @TempDir
    Path dir;
    private boolean mounted;

    @AfterEach
    void unmount() {
        if (mounted) {
            SmallDisk.unmount(dir);
        }
    }

    @Test
    void aFileDamagedInTheMiddleIsSetAsideAndWhatCanBeReadIsRecovered() throws IOException {
        StoreFixture fixture = new StoreFixture(dir);
        long me;
        try (ProgressStore store = fixture.open()) {
            me = store.profiles().lastActive().id();
            store.drafts().save(me, "own-letter", "my real letter", Optional.empty());
            for (int i = 0; i < 200; i++) {
                store.attempts().record(me, "ex-1", LETTER.repeat(20) + i, Critiques.allMet(50));
            }
        }
        byte[] damaged = damageMiddlePages(fixture.databaseFile());

        OpenedStore opened = fixture.opener().openForApp(dir);
        try (ProgressStore store = opened.store()) {
            assertThat(opened.persistent()).isTrue();
            Path aside = dir.resolve("progress.db.damaged-20260302-090000");
            assertThat(opened.warning()).hasValueSatisfying(w -> assertThat(w)
                    .startsWith("Your progress file was damaged (").contains("It was moved to " + aside)
                    .contains("records)"));
            // Never written to again, never destroyed.
            assertThat(Files.readAllBytes(aside)).isEqualTo(damaged);
            // The profile and the draft live on pages before the damage: they are back.
            assertThat(store.drafts().find(me, "own-letter")).map(Draft::text).contains("my real letter");
            assertThat(store.attempts().all(me)).hasSizeBetween(1, 199);
            store.drafts().save(me, "own-letter", "and it saves again", Optional.empty());
        }
        try (ProgressStore reopened = fixture.open()) {
            assertThat(reopened.drafts().find(me, "own-letter")).map(Draft::text).contains("and it saves again");
        }
    }

    @Test
    void damageSeenWhileRunningStopsAllWritesAndIsRecoveredAtTheNextStart() throws IOException {
        StoreFixture fixture = new StoreFixture(dir);
        long me;
        try (ProgressStore store = fixture.open()) {
            me = store.profiles().lastActive().id();
            for (int i = 0; i < 200; i++) {
                store.attempts().record(me, "ex-1", LETTER.repeat(20) + i, Critiques.allMet(50));
            }
        }
        ProgressStore running = fixture.open();
        me = running.profiles().lastActive().id();
        // Damaged under the running app, as a failing disk would: quick_check at open missed it.
        damageMiddlePages(fixture.databaseFile());
        // The open-time check read every page into SQLite's cache; a while of other work
        // would push them out. Dropping the cache does that now.
        running.database().read(connection -> {
            try (Statement statement = connection.createStatement()) {
                return statement.execute("PRAGMA shrink_memory");
            }
        });
        long id = me;
        assertThatThrownBy(() -> running.attempts().all(id))
                .isInstanceOf(ProgressStoreException.class)
                .hasMessage(Database.DAMAGED);
        byte[] afterDamage = Files.readAllBytes(fixture.databaseFile());

        assertThatThrownBy(() -> running.drafts().save(id, "own-letter", "typed later", Optional.empty()))
                .hasMessage(Database.DAMAGED);
        running.close();
        assertThat(Files.readAllBytes(fixture.databaseFile())).isEqualTo(afterDamage);

        OpenedStore opened = fixture.opener().openForApp(dir);
        try (ProgressStore store = opened.store()) {
            assertThat(opened.persistent()).isTrue();
            assertThat(opened.warning()).hasValueSatisfying(w -> assertThat(w)
                    .contains("an error showed the damage while the app ran"));
            assertThat(store.profiles().list()).isNotEmpty();
        }
    }

    @Test
    void aNegativeSchemaVersionIsLeftUntouchedAndTheAppRunsInMemory() throws Exception {
        assertUnknownVersionIsLeftAlone(-5, "has an unknown schema version (-5)");
    }

    @Test
    void aFutureSchemaVersionIsLeftUntouchedAndTheAppRunsInMemory() throws Exception {
        assertUnknownVersionIsLeftAlone(Migrations.latestVersion() + 1, "was written by a newer version");
    }

    private void assertUnknownVersionIsLeftAlone(int version, String said) throws IOException {
        StoreFixture fixture = new StoreFixture(dir);
        try (ProgressStore store = fixture.open()) {
            store.database().write(connection -> {
                try (Statement statement = connection.createStatement()) {
                    return statement.executeUpdate("PRAGMA user_version = " + version);
                }
            });
        }
        byte[] before = Files.readAllBytes(fixture.databaseFile());

        OpenedStore opened = fixture.opener().openForApp(dir);
        try (ProgressStore store = opened.store()) {
            assertThat(opened.persistent()).isFalse();
            assertThat(opened.warning()).hasValueSatisfying(w -> assertThat(w).contains(said).contains("left untouched"));
            store.drafts().save(store.profiles().lastActive().id(), "own-letter", "in memory", Optional.empty());
        }
        assertThat(Files.readAllBytes(fixture.databaseFile())).isEqualTo(before);
    }

    @Test
    void aSchemaTheMigrationCannotApplyToIsSetAsideAndItsRowsRecovered() throws Exception {
        Path file = dir.resolve(ProgressStoreOpener.DATABASE_FILE);
        try (Connection v1 = SqliteConnections.openFile(file); Statement statement = v1.createStatement()) {
            Migrations.migrate(v1, 1);
            statement.execute("INSERT INTO profile (id, name, created_at) VALUES (7, 'Ana', 0)");
            statement.execute("INSERT INTO draft (profile_id, exercise_id, text, updated_at) VALUES (7, 'own', 'kept', 0)");
            // V2 drops this index: without it, V2 fails with "no such index".
            statement.execute("DROP INDEX attempt_by_profile");
        }

        OpenedStore opened = new StoreFixture(dir).opener().openForApp(dir);
        try (ProgressStore store = opened.store()) {
            assertThat(opened.persistent()).isTrue();
            assertThat(opened.warning()).hasValueSatisfying(w -> assertThat(w)
                    .contains("could not be upgraded").contains("no such index"));
            assertThat(store.profiles().findByName("Ana")).isPresent();
            assertThat(store.drafts().find(7, "own")).map(Draft::text).contains("kept");
        }
    }

    @Test
    void readOnlyJournalsLeftByAnEarlierRunDoNotBlockSaving() throws IOException {
        StoreFixture fixture = new StoreFixture(dir);
        fixture.open().close();
        // What a run on a 0444 progress.db used to leave: journals as read-only as the file.
        for (String journal : new String[] {"progress.db-wal", "progress.db-shm"}) {
            Path leftover = Files.createFile(dir.resolve(journal));
            Files.setPosixFilePermissions(leftover, PosixFilePermissions.fromString("r--r--r--"));
        }

        try (ProgressStore store = fixture.open()) {
            store.drafts().save(store.profiles().lastActive().id(), "own-letter", "saved", Optional.empty());
            assertThat(Files.getPosixFilePermissions(dir.resolve("progress.db-wal")))
                    .isEqualTo(PosixFilePermissions.fromString("rw-------"));
        }
    }

    @Test
    void aReadOnlyRunLeavesNoJournalsBehind() throws IOException {
        StoreFixture fixture = new StoreFixture(dir);
        try (ProgressStore store = fixture.open()) {
            store.drafts().save(store.profiles().lastActive().id(), "own-letter", "saved", Optional.empty());
        }
        OpenedStore opened = new ProgressStoreOpener(fixture.clock, path -> false).openForApp(dir);
        opened.store().close();

        assertThat(opened.persistent()).isFalse();
        assertThat(dir.resolve("progress.db-wal")).doesNotExist();
        assertThat(dir.resolve("progress.db-shm")).doesNotExist();
    }

    @Test
    void aFolderNamedProgressDbIsCalledAFolderNotReadOnly() throws IOException {
        Files.createDirectory(dir.resolve(ProgressStoreOpener.DATABASE_FILE));

        OpenedStore opened = new StoreFixture(dir).opener().openForApp(dir);
        opened.store().close();

        assertThat(opened.persistent()).isFalse();
        assertThat(opened.warning()).hasValueSatisfying(w -> assertThat(w)
                .contains("is a folder, not your progress file: move or rename that folder").doesNotContain("read-only"));
    }

    @Test
    void aFullDiskAtStartSaysSoAndStillShowsWhatWasSaved() throws IOException {
        mounted = SmallDisk.mount(dir, 2);
        org.junit.jupiter.api.Assumptions.assumeTrue(mounted, "needs a real small disk (root with CAP_SYS_ADMIN)");
        StoreFixture fixture = new StoreFixture(dir.resolve("data"));
        ProgressStore crashed = fixture.open();
        long me = crashed.profiles().lastActive().id();
        crashed.drafts().save(me, "own-letter", "my draft before the disk filled", Optional.empty());
        CrashSimulation.crash(crashed);
        Files.deleteIfExists(dir.resolve("data").resolve("progress.db-shm"));
        SmallDisk.fill(dir);

        OpenedStore opened = fixture.opener().openForApp(dir.resolve("data"));
        try (ProgressStore store = opened.store()) {
            assertThat(opened.warning()).hasValueSatisfying(w -> assertThat(w)
                    .doesNotContain("SQLITE_").contains("disk is full").contains("Free some space"));
            assertThat(store.drafts().find(me, "own-letter")).map(Draft::text).contains("my draft before the disk filled");
        }
    }

    @Test
    void everythingWrittenIsPrivateToTheUser() throws IOException {
        Path data = dir.resolve("data");
        StoreFixture fixture = new StoreFixture(data);
        try (ProgressStore store = fixture.open()) {
            store.drafts().save(store.profiles().lastActive().id(), "own-letter", "private", Optional.empty());
            assertThat(Files.getPosixFilePermissions(data)).isEqualTo(PrivateFiles.FOLDER);
            for (String name : new String[] {"progress.db", "progress.db-wal", "progress.db-shm"}) {
                assertThat(Files.getPosixFilePermissions(data.resolve(name))).as(name).isEqualTo(PrivateFiles.FILE);
            }
            store.database().write(connection -> {
                try (Statement statement = connection.createStatement()) {
                    return statement.executeUpdate("PRAGMA user_version = 1");
                }
            });
        }
        // An upgrade backs the file up; a damaged file is moved aside: both stay private.
        fixture.open().close();
        assertThat(Files.getPosixFilePermissions(data.resolve("progress.db.bak-v1"))).isEqualTo(PrivateFiles.FILE);
        Files.write(fixture.databaseFile(), "not a database".repeat(100).getBytes());
        Files.setPosixFilePermissions(fixture.databaseFile(), PosixFilePermissions.fromString("rw-r--r--"));
        fixture.opener().openForApp(data).store().close();
        try (Stream<Path> files = Files.list(data)) {
            files.filter(f -> f.getFileName().toString().contains(".damaged-")).forEach(f -> {
                try {
                    assertThat(Files.getPosixFilePermissions(f)).as(f.toString()).isEqualTo(PrivateFiles.FILE);
                } catch (IOException e) {
                    throw new AssertionError(e);
                }
            });
        }
    }

    /**
     * Overwrites the middle third of the file's pages with random bytes (the first and last
     * pages, with the schema and the profile, stay whole); returns the damaged file.
     */
    private static byte[] damageMiddlePages(Path file) throws IOException {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            long pages = raf.length() / 4096;
            byte[] garbage = new byte[(int) (pages / 3) * 4096];
            new Random(12).nextBytes(garbage);
            raf.seek(pages / 3 * 4096);
            raf.write(garbage);
        }
        return Files.readAllBytes(file);
    }
}
