package com.followupcoach.lessons;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A lesson folder handed around by trainers is untrusted input: links out of it, links
 * that loop, files that never end, and values Jackson would quietly coerce.
 */
class HostileLessonFolderTest extends BrokenFixtureTest {

    @Test
    void aLinkOutOfTheLessonFolderIsRefusedWithItsFileName() throws IOException {
        fixture.delete(QUIZ);
        Files.createSymbolicLink(folder.resolve(QUIZ), Path.of("/etc/passwd"));

        assertThat(fixture.problems()).containsExactly(
                QUIZ + ":0: links outside the lesson folder (to /etc/passwd); lesson files must stay inside it");
    }

    @Test
    void aModuleFolderLinkedOutsideIsRefusedToo() throws IOException {
        Path outside = Files.createTempDirectory("outside");
        Files.writeString(outside.resolve("lesson.md"), fixture.read(LESSON));
        Path module = folder.resolve("03-elsewhere");
        Files.createSymbolicLink(module, outside);

        assertThat(fixture.problems()).anySatisfy(p -> assertThat(p)
                .startsWith("03-elsewhere/lesson.md:0: links outside the lesson folder"));
    }

    @Test
    void aLinkInsideTheFolderIsFine() throws IOException {
        Path shared = folder.resolve("shared-quiz.yaml");
        Files.move(folder.resolve(QUIZ), shared);
        Files.createSymbolicLink(folder.resolve(QUIZ), Path.of("..", "shared-quiz.yaml"));

        assertThat(fixture.problems()).isEmpty();
    }

    @Test
    void aSelfLoopIsReportedNotTakenAsAbsent() throws IOException {
        fixture.delete(QUIZ);
        Files.createSymbolicLink(folder.resolve(QUIZ), Path.of("quiz.yaml"));

        assertThat(fixture.problems()).containsExactly(QUIZ + ":0: is a symbolic link that loops back on itself");
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void aDeviceThatNeverEndsIsRefusedNotRead() throws IOException {
        fixture.delete(QUIZ);
        Files.createSymbolicLink(folder.resolve(QUIZ), Path.of("/dev/zero"));

        // /dev/zero is outside the folder: the escape is what is reported, before any read.
        assertThat(fixture.problems()).singleElement().asString().startsWith(QUIZ + ":0: links outside");
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void aFifoInsideTheFolderIsRefusedNotWaitedFor() throws Exception {
        fixture.delete(QUIZ);
        Process mkfifo = new ProcessBuilder("mkfifo", folder.resolve(QUIZ).toString()).start();
        assertThat(mkfifo.waitFor()).isZero();

        assertThat(fixture.problems()).containsExactly(QUIZ + ":0: the file is not a regular file (a device or a pipe?)");
    }

    @Test
    void aNumberIsNotACorrectAnswer() {
        fixture.replace(QUIZ, "With thanks.\n        correct: true", "With thanks.\n        correct: 5");

        assertThat(fixture.problems()).singleElement().asString()
                .startsWith(QUIZ + ":" + fixture.lineOf(QUIZ, "correct: 5") + ":");
    }
}
