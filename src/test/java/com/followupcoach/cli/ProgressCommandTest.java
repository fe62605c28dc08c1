package com.followupcoach.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.followupcoach.progress.OpenedStore;
import com.followupcoach.progress.Profile;
import com.followupcoach.progress.ProgressStore;
import com.followupcoach.progress.ProgressStoreOpener;
import com.followupcoach.progress.QuizAnswer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProgressCommandTest {

    @TempDir
    Path temp;

    private Path data;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void someProgress() {
        data = temp.resolve("data");
        try (ProgressStore store = new ProgressStoreOpener(Clock.systemUTC()).openForApp(data).store()) {
            Profile ana = store.profiles().create("Ana");
            store.quizzes().record(ana.id(), "timing", List.of(new QuizAnswer("q1", List.of(1), true)));
            store.profiles().setActive(ana.id());
            store.profiles().create("Ben");
        }
    }

    private int run(String... args) {
        return FollowUpCoachCommand.execute(args, options -> {
            throw new AssertionError("the desktop must not start");
        }, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void exportsTheLastActiveProfileAsJsonByDefault() throws Exception {
        Path file = temp.resolve("ana.json");
        assertThat(run("progress", "export", "--data-dir", data.toString(), "--out", file.toString())).isZero();
        assertThat(err.toString()).isEmpty();
        var root = new ObjectMapper().readTree(file.toFile());
        assertThat(root.at("/profile/name").asText()).isEqualTo("Ana");
        assertThat(root.at("/quizzes").size()).isEqualTo(1);
    }

    @Test
    void exportsANamedProfileAsCsv() throws Exception {
        Path file = temp.resolve("ben.CSV");
        assertThat(run("progress", "export", "--data-dir", data.toString(), "--profile", "ben", "--out", file.toString()))
                .isZero();
        assertThat(Files.readString(file)).startsWith("profile,exercise_id,created_at,score");
    }

    @Test
    void anUnknownExtensionIsBadUsage() {
        assertThat(run("progress", "export", "--data-dir", data.toString(), "--out", "progress.txt")).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("followup-coach: --out must end in .json or .csv: progress.txt" + System.lineSeparator());
    }

    @Test
    void anUnknownProfileIsOneLineAndBadUsage() {
        assertThat(run("progress", "export", "--data-dir", data.toString(), "--profile", "Zoe", "--out",
                temp.resolve("z.json").toString())).isEqualTo(2);
        assertThat(err.toString().lines()).containsExactly(
                "followup-coach: no profile named \"Zoe\" (profiles: Ana, Ben, Me)");
    }

    @Test
    void exportingFromAFolderWithoutProgressSaysSo() {
        Path empty = temp.resolve("empty");
        assertThat(run("progress", "export", "--data-dir", empty.toString(), "--out", "x.json")).isEqualTo(3);
        assertThat(err.toString()).startsWith("followup-coach: no progress found in " + empty);
    }

    @Test
    void importsAnExportAsANewProfile() {
        Path file = temp.resolve("ana.json");
        run("progress", "export", "--data-dir", data.toString(), "--out", file.toString());

        assertThat(run("progress", "import", "--data-dir", data.toString(), file.toString())).isZero();

        assertThat(out.toString()).contains("as profile \"Ana (2)\"");
        try (ProgressStore store = new ProgressStoreOpener(Clock.systemUTC()).openShared(data).store()) {
            Profile copy = store.profiles().findByName("Ana (2)").orElseThrow();
            assertThat(store.quizzes().list(copy.id())).hasSize(1);
        }
    }

    @Test
    void aMalformedImportIsOneLineWithoutAStackTrace() throws Exception {
        Path file = Files.writeString(temp.resolve("notes.json"), "{\"format\":\"followup-coach-progress\",\"version\":9}");
        assertThat(run("progress", "import", "--data-dir", data.toString(), file.toString())).isEqualTo(3);
        assertThat(err.toString().lines()).containsExactly("followup-coach: cannot import " + file
                + ": export version 9 is not supported (this app reads version 1)");
    }

    @Test
    void aMissingImportFileIsOneLine() {
        Path missing = temp.resolve("missing.json");
        assertThat(run("progress", "import", "--data-dir", data.toString(), missing.toString())).isEqualTo(3);
        assertThat(err.toString().lines()).containsExactly(
                "followup-coach: cannot read " + missing + ": no such file or folder");
    }

    @Test
    void importIsRefusedWhileTheAppHasTheProgressOpen() throws Exception {
        Path file = temp.resolve("ana.json");
        run("progress", "export", "--data-dir", data.toString(), "--out", file.toString());
        OpenedStore app = new ProgressStoreOpener(Clock.systemUTC()).openForApp(data);
        try (ProgressStore running = app.store()) {
            assertThat(run("progress", "import", "--data-dir", data.toString(), file.toString())).isEqualTo(3);
            assertThat(err.toString().lines()).singleElement().asString()
                    .startsWith("followup-coach: cannot import now: Follow-Up Coach is already open with");
            assertThat(running.profiles().findByName("Ana (2)")).isEmpty();
        }
    }

    @Test
    void progressWithoutASubcommandIsBadUsage() {
        assertThat(run("progress")).isEqualTo(2);
        assertThat(err.toString()).startsWith("followup-coach: progress needs a subcommand");
    }
}
