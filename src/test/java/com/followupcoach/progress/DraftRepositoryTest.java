package com.followupcoach.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DraftRepositoryTest {

    @TempDir
    Path dir;

    @Test
    void autosaveUpsertsTheDraftOfAnExercise() {
        StoreFixture fixture = new StoreFixture(dir);
        try (ProgressStore store = fixture.open()) {
            long me = store.profiles().lastActive().id();
            store.drafts().save(me, "ex-1", "Dear", Optional.empty());
            fixture.clock.advance(Duration.ofSeconds(2));
            store.drafts().save(me, "ex-1", "Dear Ms Chen", Optional.of("{\"company\":\"Acme\"}"));

            Draft draft = store.drafts().find(me, "ex-1").orElseThrow();
            assertThat(draft.text()).isEqualTo("Dear Ms Chen");
            assertThat(draft.scenarioJson()).contains("{\"company\":\"Acme\"}");
            assertThat(draft.updatedAt()).isEqualTo(Instant.parse("2026-03-02T09:00:02Z"));
            assertThat(store.drafts().list(me)).hasSize(1);
        }
    }

    @Test
    void theCountIsOfThisProfilesDraftsOnly() {
        try (ProgressStore store = new StoreFixture(dir).open()) {
            long me = store.profiles().lastActive().id();
            long other = store.profiles().create("Ben").id();
            store.drafts().save(me, "ex-1", "Dear", Optional.empty());
            store.drafts().save(me, "ex-2", "Hello", Optional.empty());
            store.drafts().save(other, "ex-1", "Hi", Optional.empty());

            assertThat(store.drafts().count(me)).isEqualTo(2);
            assertThat(store.drafts().count(other)).isEqualTo(1);
        }
    }

    @Test
    void savingAnUnchangedDraftWritesNothing() {
        StoreFixture fixture = new StoreFixture(dir);
        try (ProgressStore store = fixture.open()) {
            long me = store.profiles().lastActive().id();
            assertThat(store.drafts().save(me, "ex-1", "Dear", Optional.empty())).isTrue();
            fixture.clock.advance(Duration.ofSeconds(2));
            assertThat(store.drafts().save(me, "ex-1", "Dear", Optional.empty())).isFalse();
            assertThat(store.drafts().find(me, "ex-1").orElseThrow().updatedAt())
                    .isEqualTo(Instant.parse("2026-03-02T09:00:00Z"));
        }
    }

    @Test
    void afterACrashTheDraftsChangedInThatSessionAreReportedRestored() {
        StoreFixture fixture = new StoreFixture(dir);
        long me;
        try (ProgressStore first = fixture.open()) {
            me = first.profiles().lastActive().id();
            first.drafts().save(me, "old-exercise", "written in a clean session", Optional.empty());
        }
        ProgressStore crashing = fixture.open();
        crashing.drafts().save(me, "own-letter", "Dear Ms Chen, thank you", Optional.empty());
        crashing.abandonAsIfCrashed();

        try (ProgressStore afterCrash = fixture.open()) {
            assertThat(afterCrash.previousRunCrashed()).isTrue();
            assertThat(afterCrash.drafts().restoredAfterCrash(me))
                    .extracting(Draft::exerciseId, Draft::text)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("own-letter", "Dear Ms Chen, thank you"));
        }
        try (ProgressStore afterCleanClose = fixture.open()) {
            assertThat(afterCleanClose.previousRunCrashed()).isFalse();
            assertThat(afterCleanClose.drafts().restoredAfterCrash(me)).isEmpty();
        }
    }

    @Test
    void theCommandLineDoesNotTrackSessionsSoItNeverMistakesTheRunningAppForACrash() {
        StoreFixture fixture = new StoreFixture(dir);
        try (ProgressStore app = fixture.open()) {
            long me = app.profiles().lastActive().id();
            app.drafts().save(me, "own-letter", "typing", Optional.empty());
            try (ProgressStore cli = fixture.opener().openShared(dir).store()) {
                assertThat(cli.previousRunCrashed()).isFalse();
                assertThat(cli.drafts().restoredAfterCrash(me)).isEmpty();
            }
        }
    }
}
