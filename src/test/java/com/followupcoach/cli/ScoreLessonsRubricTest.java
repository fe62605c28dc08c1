package com.followupcoach.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.followupcoach.scoring.rubric.TrainerRubric;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code score} with a trainer's lesson folder: the folder's rubric.yaml scores, given as
 * {@code score --lessons DIR} or {@code --lessons DIR score}; {@code --rubric FILE} wins; a
 * folder without a rubric scores with the built-in one; a broken one is one line and exit 2.
 */
class ScoreLessonsRubricTest {

    private static final String LETTER = """
            Dear Ms Thornton,

            Thank you for the interview and for letting me know your decision about the Analyst role.

            Kind regards,
            Sam Lee
            """;

    @TempDir
    Path dir;

    private Path lessons;
    private Path letter;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void folders() throws IOException {
        lessons = Files.createDirectories(dir.resolve("workshop"));
        letter = Files.writeString(dir.resolve("a.txt"), LETTER);
    }

    private int run(String... args) {
        return FollowUpCoachCommand.execute(args, options -> {
            throw new AssertionError("score must not start the window");
        }, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    private String gratitudeMessage() throws IOException {
        List<JsonNode> lines = new ArrayList<>();
        for (String line : out.toString().split("\\R")) {
            lines.add(new ObjectMapper().readTree(line));
        }
        assertThat(lines).hasSize(1);
        JsonNode gratitude = lines.get(0).get("criteria").get(0);
        assertThat(gratitude.get("id").asText()).isEqualTo("gratitude");
        return gratitude.get("message").asText();
    }

    @Test
    void theLessonFoldersRubricScores() throws IOException {
        TrainerRubric.writeInto(lessons);

        assertThat(run("score", "--json", "--lessons", lessons.toString(), letter.toString())).isZero();

        assertThat(gratitudeMessage()).isEqualTo(TrainerRubric.TRAINER_THANKS);
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void aRubricEditedBetweenTwoRunsScoresWithItsNewTextAtOnce() throws IOException {
        Path rubric = TrainerRubric.writeInto(lessons);
        assertThat(run("score", "--json", "--lessons", lessons.toString(), letter.toString())).isZero();
        assertThat(gratitudeMessage()).isEqualTo(TrainerRubric.TRAINER_THANKS);

        Files.writeString(rubric, Files.readString(rubric).replace(TrainerRubric.TRAINER_THANKS, "Edited since."));
        out.getBuffer().setLength(0);
        assertThat(run("score", "--json", "--lessons", lessons.toString(), letter.toString())).isZero();

        assertThat(gratitudeMessage()).isEqualTo("Edited since.");
    }

    @Test
    void theFolderMayBeNamedBeforeTheSubcommand() throws IOException {
        TrainerRubric.writeInto(lessons);

        assertThat(run("--lessons", lessons.toString(), "score", "--json", letter.toString())).isZero();

        assertThat(gratitudeMessage()).isEqualTo(TrainerRubric.TRAINER_THANKS);
    }

    @Test
    void aFolderWithoutARubricScoresWithTheBuiltInOne() throws IOException {
        assertThat(run("score", "--json", "--lessons", lessons.toString(), letter.toString())).isZero();

        assertThat(gratitudeMessage()).isEqualTo(TrainerRubric.BUILT_IN_THANKS);
    }

    @Test
    void rubricFileWinsOverTheLessonFolder() throws IOException {
        TrainerRubric.writeInto(lessons);
        Path plain = TrainerRubric.writeInto(Files.createDirectories(dir.resolve("plain")), text -> text);

        assertThat(run("score", "--json", "--lessons", lessons.toString(), "--rubric", plain.toString(),
                letter.toString())).isZero();

        assertThat(gratitudeMessage()).isEqualTo(TrainerRubric.BUILT_IN_THANKS);
    }

    @Test
    void aBrokenFolderRubricIsOneLineWithFileAndLineAndExitTwo() throws IOException {
        Path rubric = TrainerRubric.writeInto(lessons, text -> text.replace("\ncriteria:", "\ncriterias:"));
        int line = LessonsCommandTest.lineOf(rubric, "criterias:");

        assertThat(run("score", "--lessons", lessons.toString(), letter.toString()))
                .isEqualTo(FollowUpCoachCommand.BAD_USAGE);

        assertThat(err.toString().lines().toList()).singleElement().asString()
                .startsWith(rubric + ":" + line + ": unknown field `criterias`");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void aBrokenRuleFileBesideTheRubricNamesThatFile() throws IOException {
        TrainerRubric.writeInto(lessons);
        Path tone = lessons.resolve("rules/tone.yaml");
        Files.writeString(tone, Files.readString(tone).replaceFirst("\n    kind: ", "\n    kinds: "));

        assertThat(run("score", "--lessons", lessons.toString(), letter.toString()))
                .isEqualTo(FollowUpCoachCommand.BAD_USAGE);

        assertThat(err.toString().lines().toList()).singleElement().asString().startsWith(tone + ":");
    }

    @Test
    void aMissingLessonFolderIsBadUsage() {
        Path nowhere = dir.resolve("nowhere");

        assertThat(run("score", "--lessons", nowhere.toString(), letter.toString()))
                .isEqualTo(FollowUpCoachCommand.BAD_USAGE);

        assertThat(err.toString().strip()).isEqualTo(nowhere + ": no such lesson folder");
    }
}
