package com.followupcoach.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfileRepositoryTest {

    @TempDir
    Path dir;

    @Test
    void firstStartCreatesOneDefaultProfile() {
        try (ProgressStore store = new StoreFixture(dir).open()) {
            assertThat(store.profiles().list()).extracting(Profile::name).containsExactly(ProfileRepository.DEFAULT_NAME);
            assertThat(store.profiles().lastActive().name()).isEqualTo(ProfileRepository.DEFAULT_NAME);
        }
    }

    @Test
    void namesAreTrimmedUniqueIgnoringCaseAndNeverBlank() {
        try (ProgressStore store = new StoreFixture(dir).open()) {
            Profile ana = store.profiles().create("  Ana ");
            assertThat(ana.name()).isEqualTo("Ana");
            assertThatThrownBy(() -> store.profiles().create("ana"))
                    .isInstanceOf(InvalidProfileNameException.class).hasMessageContaining("already exists");
            assertThatThrownBy(() -> store.profiles().create("  "))
                    .isInstanceOf(InvalidProfileNameException.class).hasMessage("A profile needs a name.");
        }
    }

    @Test
    void renameKeepsTheIdAndRefusesATakenName() {
        try (ProgressStore store = new StoreFixture(dir).open()) {
            Profile ana = store.profiles().create("Ana");
            store.profiles().create("Ben");
            assertThat(store.profiles().rename(ana.id(), "ANA").name()).isEqualTo("ANA");
            assertThatThrownBy(() -> store.profiles().rename(ana.id(), "ben"))
                    .isInstanceOf(InvalidProfileNameException.class);
            assertThat(store.profiles().find(ana.id())).map(Profile::name).contains("ANA");
        }
    }

    @Test
    void deletingAProfileDeletesAllItsData() {
        try (ProgressStore store = new StoreFixture(dir).open()) {
            Profile ana = store.profiles().create("Ana");
            long keep = store.profiles().lastActive().id();
            SampleData.fillEveryTable(store, ana.id());
            SampleData.fillEveryTable(store, keep);

            store.profiles().delete(ana.id());

            assertThat(SampleData.rowsOwnedBy(store, ana.id())).allSatisfy((table, rows) -> assertThat(rows).as(table).isZero());
            assertThat(SampleData.rowsOwnedBy(store, keep)).allSatisfy((table, rows) -> assertThat(rows).as(table).isPositive());
        }
    }

    @Test
    void theLastProfileCannotBeDeleted() {
        try (ProgressStore store = new StoreFixture(dir).open()) {
            long only = store.profiles().lastActive().id();
            assertThatThrownBy(() -> store.profiles().delete(only)).hasMessageContaining("last profile");
            assertThat(store.profiles().list()).hasSize(1);
        }
    }

    @Test
    void theActiveProfileIsRememberedAcrossRestarts() {
        StoreFixture fixture = new StoreFixture(dir);
        long ben;
        try (ProgressStore store = fixture.open()) {
            store.profiles().create("Ana");
            ben = store.profiles().create("Ben").id();
            store.profiles().setActive(ben);
        }
        try (ProgressStore store = fixture.open()) {
            assertThat(store.profiles().lastActive().id()).isEqualTo(ben);
            store.profiles().setActive(store.profiles().findByName("Ana").orElseThrow().id());
            store.profiles().delete(ben);
            assertThat(store.profiles().lastActive().name()).isEqualTo("Ana");
        }
    }

    @Test
    void whenTheRememberedProfileIsGoneTheOldestOneIsActive() {
        try (ProgressStore store = new StoreFixture(dir).open()) {
            long first = store.profiles().lastActive().id();
            long ben = store.profiles().create("Ben").id();
            store.profiles().create("Al");
            store.profiles().setActive(ben);
            store.profiles().delete(ben);
            assertThat(store.profiles().lastActive().id()).isEqualTo(first);
        }
    }

    @Test
    void freeNameCountsUpFromTwo() {
        try (ProgressStore store = new StoreFixture(dir).open()) {
            assertThat(store.profiles().freeName("Ana")).isEqualTo("Ana");
            store.profiles().create("Ana");
            store.profiles().create("Ana (2)");
            assertThat(store.profiles().freeName("Ana")).isEqualTo("Ana (3)");
        }
    }

    @Test
    void listIsSortedAndCannotBeChangedByTheCaller() {
        try (ProgressStore store = new StoreFixture(dir).open()) {
            store.profiles().create("Zoe");
            store.profiles().create("Ana");
            List<Profile> profiles = store.profiles().list();
            assertThat(profiles).extracting(Profile::name).containsExactly("Ana", "Me", "Zoe");
            assertThatThrownBy(() -> profiles.remove(0)).isInstanceOf(UnsupportedOperationException.class);
        }
    }
}
