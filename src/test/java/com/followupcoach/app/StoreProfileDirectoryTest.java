package com.followupcoach.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.followupcoach.progress.ProgressStore;
import com.followupcoach.progress.ProgressStoreOpener;
import com.followupcoach.scoring.ScoringEngine;
import com.followupcoach.scoring.rubric.Rubric;
import com.followupcoach.ui.shell.LearnerProfile;
import com.followupcoach.ui.shell.ProfileException;
import com.followupcoach.vocabulary.Scenario;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The profile menu's actions against the real store: what a trainer and a learner rely on. */
class StoreProfileDirectoryTest {

    private static final String LETTER = "Dear Ms Shah,\n\nThank you for letting me know your decision.\n\nKind regards,\nAna";

    @TempDir
    Path dir;

    private ProgressStore store;
    private StoreProfileDirectory profiles;

    @BeforeEach
    void open() {
        store = new ProgressStoreOpener(Clock.systemUTC()).openForApp(dir.resolve("data")).store();
        profiles = new StoreProfileDirectory(store, Clock.systemUTC());
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aRenameToATakenNameIsRefusedWithOneLine() {
        LearnerProfile bo = profiles.create("Bo");
        profiles.create("Cy");

        assertThatThrownBy(() -> profiles.rename(bo.id(), "Cy"))
                .isInstanceOf(ProfileException.class)
                .hasMessageNotContaining("\n")
                .hasMessageContaining("Cy");
        assertThat(profiles.rename(bo.id(), "Bo Li").name()).isEqualTo("Bo Li");
    }

    @Test
    void deletingRemovesTheLearnersWorkButNeverTheLastProfile() {
        LearnerProfile bo = profiles.create("Bo");
        record(bo);
        assertThat(profiles.contents(bo.id()).lettersSubmitted()).isEqualTo(1);

        profiles.delete(bo.id());

        assertThat(profiles.list()).extracting(LearnerProfile::name).doesNotContain("Bo");
        LearnerProfile last = profiles.list().get(0);
        assertThatThrownBy(() -> profiles.delete(last.id())).isInstanceOf(ProfileException.class);
    }

    @Test
    void anExportImportsElsewhereAsANewProfileWithTheSameWork() {
        LearnerProfile bo = profiles.create("Bo");
        record(bo);
        Path file = dir.resolve("bo.json");

        profiles.export(bo.id(), file);

        try (ProgressStore trainer = new ProgressStoreOpener(Clock.systemUTC()).openForApp(dir.resolve("trainer")).store()) {
            StoreProfileDirectory group = new StoreProfileDirectory(trainer, Clock.systemUTC());
            LearnerProfile imported = group.importFrom(file);
            assertThat(imported.name()).isEqualTo("Bo");
            assertThat(group.contents(imported.id()).lettersSubmitted()).isEqualTo(1);
        }
    }

    @Test
    void aFileThatIsNotAnExportIsRefusedWithOneLine() throws IOException {
        Path file = Files.writeString(dir.resolve("notes.json"), "{\"hello\": 1}");
        int before = profiles.list().size();

        assertThatThrownBy(() -> profiles.importFrom(file))
                .isInstanceOf(ProfileException.class)
                .hasMessageNotContaining("\n");
        assertThat(profiles.list()).hasSize(before);
    }

    private void record(LearnerProfile learner) {
        store.attempts().record(learner.id(), "timing-warehouse-lead", LETTER,
                new ScoringEngine(Rubric.builtIn()).score(LETTER, Scenario.NONE));
    }
}
