package com.followupcoach.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.followupcoach.files.BoundedFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files that are not letters: a FIFO or /dev/zero would hang or exhaust memory, a 50 MB file
 * took 19 s and scored 90. Each now gets one line and exit 3, and the other files are scored.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class OddInputFilesTest {

    @TempDir
    Path dir;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int score(String... args) {
        List<String> all = new ArrayList<>(List.of("score"));
        all.addAll(List.of(args));
        return FollowUpCoachCommand.execute(all.toArray(String[]::new), options -> { },
                new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void aFifoIsRefusedAtOnce() throws Exception {
        Path fifo = dir.resolve("letter.txt");
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();

        assertThat(score(fifo.toString(), good())).isEqualTo(3);
        assertThat(err.toString()).isEqualTo("followup-coach: cannot read " + fifo
                + ": is not a regular file (a device or a pipe?)" + System.lineSeparator());
        // The other file is still scored.
        assertThat(out.toString()).startsWith(dir.resolve("good.txt") + ": ");
    }

    @Test
    void devZeroIsRefusedAtOnce() throws IOException {
        assertThat(score("/dev/zero")).isEqualTo(3);
        assertThat(err.toString().lines()).containsExactly(
                "followup-coach: cannot read /dev/zero: is not a regular file (a device or a pipe?)");
    }

    @Test
    void aFiftyMegabyteFileIsRefusedWithTheDocumentedLimit() throws IOException {
        Path huge = dir.resolve("huge.txt");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(50L * 1024 * 1024);
        }
        assertThat(score(huge.toString())).isEqualTo(3);
        assertThat(err.toString().lines()).containsExactly("followup-coach: cannot read " + huge
                + ": is larger than " + BoundedFiles.describe(BoundedFiles.LETTER_LIMIT) + ", the limit for this input");
    }

    @Test
    void aLetterJustUnderTheLimitIsScored() throws IOException {
        Path big = Files.writeString(dir.resolve("long.txt"), "Thank you. ".repeat(BoundedFiles.LETTER_LIMIT / 11));
        assertThat(score(big.toString())).isZero();
    }

    @Test
    void aRubricThatIsADeviceIsOneLineNotAHang() {
        int exit = score("--rubric", "/dev/zero", "-");
        assertThat(exit).isEqualTo(2);
        assertThat(err.toString().lines()).singleElement().asString().contains("/dev/zero")
                .contains("is not a regular file");
    }

    private String good() throws IOException {
        return Files.writeString(dir.resolve("good.txt"), "Dear Ms Chen,\n\nThank you for the interview.\n\nBest,\nAna").toString();
    }
}
