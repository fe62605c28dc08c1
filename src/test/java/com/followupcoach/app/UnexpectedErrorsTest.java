package com.followupcoach.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.RejectedExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An exception nothing caught: one line for the learner, the trace kept in a log. */
class UnexpectedErrorsTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T05:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path data;

    private final ByteArrayOutputStream terminal = new ByteArrayOutputStream();

    private UnexpectedErrors handler(Path folder) {
        return new UnexpectedErrors(folder, new PrintStream(terminal, true, StandardCharsets.UTF_8), CLOCK);
    }

    private String printed() {
        return terminal.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theTerminalGetsOneLineNamingTheLogAndTheLogGetsTheTrace() throws IOException {
        handler(data).uncaughtException(new Thread("JavaFX Application Thread"),
                new IllegalStateException("the list lost its cell\nsecond line"));

        assertThat(printed().lines()).hasSize(1);
        assertThat(printed()).contains("the list lost its cell").doesNotContain("second line").doesNotContain("\tat ");
        Path log = data.resolve(UnexpectedErrors.LOG_NAME);
        assertThat(printed()).contains(log.toString());
        assertThat(Files.readString(log))
                .contains("2026-12-01T05:00:00Z on thread JavaFX Application Thread")
                .contains("IllegalStateException: the list lost its cell")
                .contains("\tat ");
    }

    @Test
    void duringShutdownNothingReachesTheTerminalButTheLogKeepsIt() throws IOException {
        UnexpectedErrors handler = handler(data);
        handler.shutdownStarted();

        handler.uncaughtException(new Thread("JavaFX Application Thread"),
                new RejectedExecutionException("renderer terminated"));

        assertThat(printed()).isEmpty();
        assertThat(Files.readString(data.resolve(UnexpectedErrors.LOG_NAME))).contains("renderer terminated");
    }

    @Test
    void aMessagelessErrorIsNamedByItsKind() {
        handler(data).uncaughtException(Thread.currentThread(), new NullPointerException());

        assertThat(printed()).contains("(NullPointerException)");
    }

    @Test
    void aFolderThatCannotBeWrittenStillGivesTheOneLine() throws IOException {
        Path notAFolder = Files.writeString(data.resolve("file"), "x");

        handler(notAFolder).uncaughtException(Thread.currentThread(), new IllegalStateException("boom"));

        assertThat(printed().lines()).containsExactly("Follow-Up Coach: unexpected error (boom)");
    }

    @Test
    void theLogIsPrivateAndNoFolderIsMadeForIt() throws IOException {
        handler(data).uncaughtException(Thread.currentThread(), new IllegalStateException("first"));
        Path missing = data.resolve("not-yet");
        handler(missing).uncaughtException(Thread.currentThread(), new IllegalStateException("second"));

        if (data.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data.resolve(UnexpectedErrors.LOG_NAME))))
                    .isEqualTo("rw-------");
        }
        assertThat(missing).doesNotExist();
        assertThat(printed().lines().skip(1)).containsExactly("Follow-Up Coach: unexpected error (second)");
    }

    @Test
    void aLargeLogIsMovedAsideSoItNeverGrowsWithoutBound() throws IOException {
        Path log = data.resolve(UnexpectedErrors.LOG_NAME);
        Files.writeString(log, "x".repeat((int) UnexpectedErrors.ROLL_OVER_BYTES + 1));

        handler(data).uncaughtException(Thread.currentThread(), new IllegalStateException("fresh"));

        assertThat(Files.size(data.resolve(UnexpectedErrors.LOG_NAME + ".1"))).isGreaterThan(UnexpectedErrors.ROLL_OVER_BYTES);
        assertThat(Files.readString(log)).contains("fresh").hasSizeLessThan(10_000);
    }
}
