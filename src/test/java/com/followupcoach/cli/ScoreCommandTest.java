package com.followupcoach.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code score} command as a user meets it: arguments in, stdout, stderr and exit code out. */
class ScoreCommandTest {

    private static final String GOOD = SampleLetters.GOOD;

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final List<DesktopOptions> desktopStarts = new ArrayList<>();

    private int run(String... args) {
        return FollowUpCoachCommand.execute(args, desktopStarts::add, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    private Path file(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private List<JsonNode> jsonLines() throws IOException {
        List<JsonNode> lines = new ArrayList<>();
        for (String line : out.toString().split("\\R")) {
            if (!line.isBlank()) {
                lines.add(new ObjectMapper().readTree(line));
            }
        }
        return lines;
    }

    @Test
    void jsonPrintsOneObjectPerFileWithTheContractFields() throws IOException {
        Path a = file("a.txt", GOOD);
        Path b = file("b.txt", "I want a full explanation of why, within five working days.");

        int exit = run("score", "--json", a.toString(), b.toString());

        assertThat(exit).isZero();
        assertThat(err.toString()).isEmpty();
        assertThat(desktopStarts).isEmpty();
        List<JsonNode> lines = jsonLines();
        assertThat(lines).hasSize(2);
        JsonNode first = lines.get(0);
        assertThat(first.get("file").asText()).isEqualTo(a.toString());
        assertThat(first.get("score").asInt()).isBetween(70, 100);
        assertThat(first.get("words").asInt()).isPositive();
        assertThat(first.get("criteria")).hasSize(14);
        JsonNode gratitude = first.get("criteria").get(0);
        assertThat(gratitude.get("id").asText()).isEqualTo("gratitude");
        assertThat(gratitude.get("status").asText()).isEqualTo("met");
        assertThat(gratitude.get("points").asInt()).isEqualTo(gratitude.get("max").asInt());
        assertThat(gratitude.get("message").asText()).isNotBlank();
        assertThat(gratitude.get("lesson").asText()).isEqualTo("why-follow-up");
        assertThat(first.get("readability").has("fleschReadingEase")).isTrue();
        assertThat(first.get("readability").has("fleschKincaidGrade")).isTrue();

        JsonNode second = lines.get(1);
        assertThat(second.get("score").asInt()).isLessThan(first.get("score").asInt());
        JsonNode demand = second.get("findings").get(0);
        assertThat(demand.get("criterion").asText()).isEqualTo("realistic_expectations");
        assertThat(demand.get("severity").asText()).isEqualTo("error");
        assertThat(demand.get("start").asInt()).isLessThan(demand.get("end").asInt());
        assertThat(demand.has("suggestion")).isTrue();
    }

    @Test
    void scenarioOptionsReachTheEngine() throws IOException {
        Path a = file("a.txt", GOOD);

        run("score", "--json", "--company", "Harmon & Reese", "--role", "Analyst", "--days-since-rejection", "0",
                a.toString());

        JsonNode critique = jsonLines().get(0);
        assertThat(status(critique, "timing")).isEqualTo("partial");
        assertThat(status(critique, "personalization")).isEqualTo("met");
    }

    @Test
    void anUnreadableFileIsReportedAndTheOthersAreStillScored() throws IOException {
        Path a = file("a.txt", GOOD);
        Path missing = dir.resolve("missing.txt");

        int exit = run("score", "--json", missing.toString(), a.toString(), dir.toString());

        assertThat(exit).isEqualTo(3);
        assertThat(jsonLines()).hasSize(1);
        assertThat(err.toString().split("\\R")).containsExactly(
                "followup-coach: cannot read " + missing + ": no such file",
                "followup-coach: cannot read " + dir + ": is a directory");
    }

    @Test
    void malformedBytesAreReadLeniently() throws IOException {
        Path binary = dir.resolve("binary.txt");
        Files.write(binary, new byte[] {'H', 'i', (byte) 0xC3, 0x28, 0, (byte) 0xFF, '\n', 'T', 'h', 'a', 'n', 'k', 's'});

        int exit = run("score", binary.toString());

        assertThat(exit).isZero();
        assertThat(out.toString()).contains("binary.txt: ").contains("/100");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void theReadableReportShowsMarksAndFindingPositions() throws IOException {
        Path a = file("a.txt", "Dear Tom,\n\nThanks for nothing. Please reconsider.\n\nBen\n");

        run("score", a.toString());

        String report = out.toString();
        assertThat(report).contains("[-] gratitude").contains("[~] structure").doesNotContain("{");
        assertThat(report).contains("[-] realistic_expectations");
        // sarcasm and asking for a reversal are judged by the whole sentence
        assertThat(report).contains("3:1 error tone \"Thanks for nothing.\"")
                .contains("Try: \"Thank you for letting me know.\"");
        assertThat(report).contains("3:21 error realistic_expectations \"Please reconsider.\"");
    }

    @Test
    void aBrokenRubricIsOneLineWithFileAndLineAndExitTwo() throws IOException {
        Path rubric = file("rubric.yaml", "version: 1\nsettings:\n  caps: {}\n  colour: red\n");
        Path a = file("a.txt", GOOD);

        int exit = run("score", "--rubric", rubric.toString(), a.toString());

        assertThat(exit).isEqualTo(2);
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString().strip()).startsWith(rubric + ":4: unknown field `colour`").doesNotContain("\n")
                .doesNotContain("Exception");
    }

    @Test
    void aBrokenRubricIsTheOnlyErrorEvenWhenTheFirstLetterCannotBeRead() throws IOException {
        // The first letter is read while the rubric loads; a rubric that cannot be used is
        // still the one error told, and no letter is scored.
        Path rubric = file("rubric.yaml", "version: 1\nsettings:\n  caps: {}\n  colour: red\n");

        int exit = run("score", "--rubric", rubric.toString(), dir.resolve("missing.txt").toString());

        assertThat(exit).isEqualTo(2);
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString().strip()).startsWith(rubric + ":4: unknown field `colour`").doesNotContain("\n");
    }

    @Test
    void theFirstLetterReadAheadIsScoredAsTheOthersAre() throws IOException {
        Path a = file("a.txt", GOOD);
        Path b = file("b.txt", GOOD);

        int exit = run("score", "--json", a.toString(), b.toString());

        assertThat(exit).isZero();
        List<JsonNode> lines = jsonLines();
        assertThat(lines).hasSize(2);
        ((com.fasterxml.jackson.databind.node.ObjectNode) lines.get(0)).remove("file");
        ((com.fasterxml.jackson.databind.node.ObjectNode) lines.get(1)).remove("file");
        assertThat(lines.get(0)).isEqualTo(lines.get(1));
    }

    @Test
    void aMissingRubricFileIsBadUsage() throws IOException {
        Path a = file("a.txt", GOOD);

        int exit = run("score", "--rubric", dir.resolve("none.yaml").toString(), a.toString());

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString().strip()).isEqualTo(dir.resolve("none.yaml") + ": no such file");
    }

    @Test
    void badUsageExitsTwoWithoutAStackTrace() {
        assertThat(run("score")).isEqualTo(2);
        assertThat(run("score", "--days-since-rejection", "soon", "a.txt")).isEqualTo(2);
        assertThat(run("score", "--days-since-rejection", "-3", "a.txt")).isEqualTo(2);
        assertThat(err.toString()).contains("followup-coach: ").doesNotContain("Exception").doesNotContain("\tat ");
    }

    private static String status(JsonNode critique, String id) {
        for (JsonNode c : critique.get("criteria")) {
            if (c.get("id").asText().equals(id)) {
                return c.get("status").asText();
            }
        }
        throw new AssertionError("no criterion " + id);
    }
}
