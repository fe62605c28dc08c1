package com.followupcoach.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Statement;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Opening when something is wrong: the app always gets a working store and a warning. */
class OpenFaultsTest {

    @TempDir
    Path dir;

    @Test
    void aSecondRunningCopyGetsAMemoryStoreAndCannotTouchTheFirstOnesData() {
        StoreFixture fixture = new StoreFixture(dir);
        try (ProgressStore first = fixture.open()) {
            long me = first.profiles().lastActive().id();
            first.drafts().save(me, "own-letter", "first copy's draft", Optional.empty());

            OpenedStore second = fixture.opener().openForApp(dir);
            try (ProgressStore copy = second.store()) {
                assertThat(second.persistent()).isFalse();
                assertThat(second.warning()).hasValueSatisfying(w -> assertThat(w)
                        .startsWith("Follow-Up Coach is already open with " + fixture.databaseFile())
                        .contains("kept in memory only"));
                // it shows the learner's progress as it was…
                assertThat(copy.drafts().find(me, "own-letter")).map(Draft::text).contains("first copy's draft");
                // …but its own changes never reach the file
                copy.drafts().save(me, "own-letter", "second copy's draft", Optional.empty());
            }
            assertThat(first.drafts().find(me, "own-letter")).map(Draft::text).contains("first copy's draft");
            first.drafts().save(me, "own-letter", "first copy, later", Optional.empty());
        }
        try (ProgressStore reopened = fixture.open()) {
            long me = reopened.profiles().lastActive().id();
            assertThat(reopened.drafts().find(me, "own-letter")).map(Draft::text).contains("first copy, later");
        }
    }

    @Test
    void aReadOnlyFileOpensInMemoryWithItsDataAndIsLeftUnchanged() throws IOException {
        StoreFixture fixture = new StoreFixture(dir);
        long me;
        try (ProgressStore store = fixture.open()) {
            me = store.profiles().lastActive().id();
            store.drafts().save(me, "own-letter", "saved before", Optional.empty());
        }
        byte[] before = Files.readAllBytes(fixture.databaseFile());

        // Simulated: tests run as root, who can write any file, so the opener is told the
        // file is not writable (the real check is Files.isWritable).
        OpenedStore opened = new ProgressStoreOpener(fixture.clock, path -> false).openForApp(dir);
        try (ProgressStore store = opened.store()) {
            assertThat(opened.persistent()).isFalse();
            assertThat(opened.warning()).hasValueSatisfying(w -> assertThat(w)
                    .startsWith("Your progress file " + fixture.databaseFile() + " is read-only: make it")
                    .endsWith("changes in this window are kept in memory only and are lost when it closes."));
            assertThat(store.drafts().find(me, "own-letter")).map(Draft::text).contains("saved before");
            store.drafts().save(me, "own-letter", "changed in memory", Optional.empty());
            assertThat(store.drafts().find(me, "own-letter")).map(Draft::text).contains("changed in memory");
        }
        assertThat(Files.readAllBytes(fixture.databaseFile())).isEqualTo(before);
    }

    @Test
    void aFileWithoutWritePermissionOpensInMemoryWhenNotRunAsRoot() throws IOException {
        StoreFixture fixture = new StoreFixture(dir);
        fixture.open().close();
        Files.setPosixFilePermissions(fixture.databaseFile(), PosixFilePermissions.fromString("r--r--r--"));
        assumeFalse(Files.isWritable(fixture.databaseFile()), "running as root: permissions do not stop writes");

        OpenedStore opened = fixture.opener().openForApp(dir);
        opened.store().close();
        assertThat(opened.persistent()).isFalse();
        assertThat(opened.warning()).hasValueSatisfying(w -> assertThat(w).contains("is read-only"));
    }

    static Stream<Arguments> damagedFiles() {
        byte[] random = new byte[8192];
        new Random(7).nextBytes(random);
        return Stream.of(
                Arguments.of("a text file", "These are my notes, not a database.\n".repeat(20).getBytes(StandardCharsets.UTF_8)),
                Arguments.of("random bytes", random));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("damagedFiles")
    void aDamagedFileIsMovedAsideNeverDeletedAndAFreshOneStarted(String what, byte[] content) throws IOException {
        StoreFixture fixture = new StoreFixture(dir);
        Files.write(fixture.databaseFile(), content);

        OpenedStore opened = fixture.opener().openForApp(dir);
        try (ProgressStore store = opened.store()) {
            Path aside = dir.resolve("progress.db.damaged-20260302-090000");
            assertThat(opened.persistent()).isTrue();
            assertThat(opened.warning()).hasValueSatisfying(w -> assertThat(w)
                    .startsWith("Your progress file was damaged (it is not a readable progress file). It was moved to "
                            + aside + " and a fresh one was started"));
            assertThat(Files.readAllBytes(aside)).isEqualTo(content);
            assertThat(store.profiles().list()).extracting(Profile::name).containsExactly(ProfileRepository.DEFAULT_NAME);
        }
    }

    @Test
    void aFileFromANewerVersionIsLeftAloneAndTheAppRunsInMemory() throws Exception {
        StoreFixture fixture = new StoreFixture(dir);
        try (ProgressStore store = fixture.open()) {
            store.database().write(connection -> {
                try (Statement statement = connection.createStatement()) {
                    return statement.executeUpdate("PRAGMA user_version = 99");
                }
            });
        }
        byte[] before = Files.readAllBytes(fixture.databaseFile());

        OpenedStore opened = fixture.opener().openForApp(dir);
        opened.store().close();

        assertThat(opened.persistent()).isFalse();
        assertThat(opened.warning()).hasValueSatisfying(w -> assertThat(w).contains("written by a newer version"));
        assertThat(Files.readAllBytes(fixture.databaseFile())).isEqualTo(before);
    }

    @Test
    void aDataFolderThatCannotBeCreatedGivesAMemoryStore() throws IOException {
        Path notAFolder = Files.writeString(dir.resolve("plain-file"), "x");
        OpenedStore opened = new ProgressStoreOpener(new StoreFixture(dir).clock).openForApp(notAFolder.resolve("data"));
        try (ProgressStore store = opened.store()) {
            assertThat(opened.persistent()).isFalse();
            assertThat(opened.warning()).hasValueSatisfying(w -> assertThat(w).startsWith("Could not create the folder"));
            assertThat(store.profiles().list()).hasSize(1);
        }
    }

    @Test
    void aFullDiskFailsTheWriteWholeAndKeepsEverythingElse() {
        StoreFixture fixture = new StoreFixture(dir);
        try (ProgressStore store = fixture.open()) {
            long me = store.profiles().lastActive().id();
            store.drafts().save(me, "own-letter", "saved before", Optional.empty());
            store.attempts().record(me, "ex-1", "first attempt", Critiques.allMet(50));
            // Simulated: the file may not grow past its current size, as on a full disk.
            store.database().read(connection -> {
                try (Statement statement = connection.createStatement()) {
                    return statement.execute("PRAGMA max_page_count = " + pageCount(statement));
                }
            });
            String big = "A long letter. ".repeat(20_000);

            assertThatThrownBy(() -> store.attempts().record(me, "ex-1", big, Critiques.allMet(60)))
                    .isInstanceOf(StorageFullException.class)
                    .hasMessage(StorageFullException.MESSAGE);
            assertThatThrownBy(() -> store.drafts().save(me, "own-letter", big, Optional.empty()))
                    .isInstanceOf(StorageFullException.class);

            assertThat(store.attempts().all(me)).extracting(Attempt::text).containsExactly("first attempt");
            assertThat(SampleData.rowsOwnedBy(store, me)).containsEntry("attempt_criterion", 14);
            assertThat(store.drafts().find(me, "own-letter")).map(Draft::text).contains("saved before");

            store.database().read(connection -> {
                try (Statement statement = connection.createStatement()) {
                    return statement.execute("PRAGMA max_page_count = 1000000");
                }
            });
            store.drafts().save(me, "own-letter", big, Optional.empty());
            store.attempts().record(me, "ex-1", big, Critiques.allMet(60));
            assertThat(store.drafts().find(me, "own-letter")).map(Draft::text).contains(big);
            assertThat(store.attempts().all(me)).hasSize(2);
        }
    }

    private static long pageCount(Statement statement) throws java.sql.SQLException {
        try (var rows = statement.executeQuery("PRAGMA page_count")) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
