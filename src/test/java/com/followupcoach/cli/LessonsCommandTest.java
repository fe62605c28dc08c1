package com.followupcoach.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.followupcoach.scoring.rubric.FolderRubric;
import com.followupcoach.scoring.rubric.TrainerRubric;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code followup-coach lessons check DIR}: exit codes and printed lines. */
class LessonsCommandTest {

    @TempDir
    Path folder;

    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();
    boolean desktopStarted;

    @BeforeEach
    void copyFixture() throws IOException, URISyntaxException {
        Path source = Path.of(getClass().getResource("/fixtures/library/course.yaml").toURI()).getParent();
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.sorted().toList()) {
                Path target = folder.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }

    int run(String... args) {
        return FollowUpCoachCommand.execute(args, options -> desktopStarted = true,
                new PrintWriter(out, true), new PrintWriter(err, true));
    }

    List<String> lines(StringWriter writer) {
        return writer.toString().lines().toList();
    }

    @Test
    void cleanFolderExitsZeroWithASummary() {
        assertThat(run("lessons", "check", folder.toString())).isZero();
        assertThat(lines(out)).containsExactly("2 modules, 4 questions, 3 exercises, 2 samples, built-in rubric (no rubric.yaml): no errors");
        assertThat(err.toString()).isEmpty();
        assertThat(desktopStarted).isFalse();
    }

    @Test
    void problemsArePrintedAsFileLineMessageAndExitOne() throws IOException {
        Path quiz = folder.resolve("01-first-steps/quiz.yaml");
        Files.writeString(quiz, Files.readString(quiz).replace("        explanation: No, never.\n", ""));
        Files.writeString(quiz, Files.readString(quiz).replace("prompt: What should Ana do?", "promt: What should Ana do?"));
        int textLine = lineOf(quiz, "- text: With a demand.");
        int promtLine = lineOf(quiz, "promt:");

        assertThat(run("lessons", "check", folder.toString())).isEqualTo(FollowUpCoachCommand.FOUND_ERRORS);

        assertThat(lines(err)).containsExactly(
                "01-first-steps/quiz.yaml:" + textLine + ": option 3 has no explanation",
                "01-first-steps/quiz.yaml:" + promtLine + ": unknown field `promt`; did you mean `prompt`?");
        assertThat(lines(out)).containsExactly("2 errors in 1 file; 1 module loaded, 1 skipped; 1 sample loaded, 1 skipped; built-in rubric (no rubric.yaml)");
    }

    @Test
    void aFolderWithItsOwnRubricIsCheckedWithItsRules() throws Exception {
        TrainerRubric.writeInto(folder);

        assertThat(run("lessons", "check", folder.toString())).isZero();

        int rules = FolderRubric.load(folder.resolve("rubric.yaml")).rules().size();
        assertThat(lines(out)).containsExactly(
                "2 modules, 4 questions, 3 exercises, 2 samples, rubric of " + rules + " rules: no errors");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void aRuleWhoseExamplesFailIsReportedAtItsFileAndLineBesideLessonProblems() throws IOException {
        TrainerRubric.writeInto(folder);
        Path quiz = folder.resolve("01-first-steps/quiz.yaml");
        Files.writeString(quiz, Files.readString(quiz).replace("prompt: What should Ana do?", "promt: What should Ana do?"));
        Path rules = folder.resolve("rules/gratitude.yaml");
        Files.writeString(rules, Files.readString(rules).stripTrailing() + """

                  - id: trainer-much-obliged
                    criterion: gratitude
                    kind: evidence
                    tokens:
                      - 'much obliged'
                    examples:
                      match:
                        - "I am [[much obliged]]."
                      nomatch:
                        - "I am much obliged to you."
                """);
        int ruleLine = lineOf(rules, "- id: trainer-much-obliged");

        assertThat(run("lessons", "check", folder.toString())).isEqualTo(FollowUpCoachCommand.FOUND_ERRORS);

        assertThat(lines(err)).containsExactly(
                "01-first-steps/quiz.yaml:" + lineOf(quiz, "promt:") + ": unknown field `promt`; did you mean `prompt`?",
                "rules/gratitude.yaml:" + ruleLine + ": trainer-much-obliged: must not match "
                        + "\"I am much obliged to you.\" but matches \"much obliged\"");
        assertThat(lines(out)).singleElement().asString()
                .startsWith("2 errors in 2 files; ").endsWith(", 1 failing its examples");
    }

    @Test
    void aBrokenRubricIsOneLineWithItsFileAndLine() throws IOException {
        Path rubric = TrainerRubric.writeInto(folder, text -> text.replace("\ncriteria:", "\ncriterias:"));

        assertThat(run("lessons", "check", folder.toString())).isEqualTo(FollowUpCoachCommand.FOUND_ERRORS);

        assertThat(lines(err)).singleElement().asString()
                .startsWith("rubric.yaml:" + lineOf(rubric, "criterias:") + ": unknown field `criterias`");
        assertThat(lines(out)).containsExactly("1 error in 1 file; 2 modules loaded, 0 skipped; 2 samples loaded, 0 skipped; "
                + "rubric.yaml not usable (the app falls back to the built-in rubric)");
    }

    @Test
    void aBrokenRuleFileIsReportedRelativeToTheFolder() throws IOException {
        TrainerRubric.writeInto(folder);
        Path tone = folder.resolve("rules/tone.yaml");
        Files.writeString(tone, Files.readString(tone).replaceFirst("\n    kind: ", "\n    kinds: "));

        assertThat(run("lessons", "check", folder.toString())).isEqualTo(FollowUpCoachCommand.FOUND_ERRORS);

        assertThat(lines(err)).singleElement().asString().matches("rules/tone\\.yaml:\\d+: .*kinds.*");
    }

    @Test
    void everyMistakeOfLessonsAndRubricIsListedAtOnceByFileAndLine() throws IOException {
        Path rubric = TrainerRubric.writeInto(folder, text -> text.replaceFirst("\n    weight: 12\n", "\n    weight: heavy\n"));
        Path tone = folder.resolve("rules/tone.yaml");
        Files.writeString(tone, Files.readString(tone)
                .replaceFirst("\n    kind: problem\n", "\n    kinds: problem\n")
                .replace("  - id: insults\n    criterion: tone\n    kind: problem\n    severity: error\n",
                        "  - id: insults\n    criterion: tone\n    kind: problem\n    severity: fatal\n"));
        Path lesson = folder.resolve("01-first-steps/lesson.md");
        Files.writeString(lesson, Files.readString(lesson).replace("order: 1\n", "order: first\n"));
        Path quiz = folder.resolve("02-second-thoughts/quiz.yaml");
        Files.writeString(quiz, Files.readString(quiz).replaceFirst("\n    kind: ", "\n    knid: "));

        assertThat(run("lessons", "check", folder.toString())).isEqualTo(FollowUpCoachCommand.FOUND_ERRORS);

        assertThat(lines(err)).containsExactly(
                "01-first-steps/lesson.md:" + lineOf(lesson, "order: first") + ": `order` must be a whole number, not `first`",
                "02-second-thoughts/quiz.yaml:" + lineOf(quiz, "knid: ") + ": unknown field `knid`; did you mean `kind`?",
                "rubric.yaml:" + lineOf(rubric, "weight: heavy") + ": `weight` must be a whole number, not `heavy`",
                "rules/tone.yaml:" + lineOf(tone, "kinds: problem") + ": unknown field `kinds`; did you mean `kind`?",
                "rules/tone.yaml:" + lineOf(tone, "severity: fatal")
                        + ": unknown severity 'fatal' in rule 'insults'; expected error, warning or info");
        assertThat(lines(out)).singleElement().asString().startsWith("5 errors in 4 files; ");
    }

    @Test
    void everyMistakeInOneRuleIsListedAndAMisspeltCriterionIsOneLine() throws IOException {
        Path rubric = TrainerRubric.writeInto(folder, text -> text.replace("\n  tone:\n    weight:", "\n  tonee:\n    weight:"));
        Path tone = folder.resolve("rules/tone.yaml");
        Files.writeString(tone, Files.readString(tone).replace(
                "  - id: insults\n    criterion: tone\n    kind: problem\n    severity: error\n    disputes: true\n    scope: sentence\n",
                "  - id: insults\n    criterion: tonne\n    kind: problem\n    severity: fatal\n    disputes: true\n    scope: sentance\n"));

        assertThat(run("lessons", "check", folder.toString())).isEqualTo(FollowUpCoachCommand.FOUND_ERRORS);

        assertThat(lines(err)).containsExactly(
                "rubric.yaml:" + lineOf(rubric, "tonee:") + ": unknown criterion 'tonee'; did you mean 'tone'?",
                "rules/tone.yaml:" + lineOf(tone, "criterion: tonne") + ": unknown criterion 'tonne' in rule 'insults'; did you mean 'tone'?",
                "rules/tone.yaml:" + lineOf(tone, "severity: fatal")
                        + ": unknown severity 'fatal' in rule 'insults'; expected error, warning or info",
                "rules/tone.yaml:" + lineOf(tone, "scope: sentance")
                        + ": unknown scope 'sentance' in rule 'insults'; expected phrase or sentence");
        assertThat(lines(out)).singleElement().asString().startsWith("4 errors in 2 files; ");
    }

    @Test
    void missingFolderIsBadUsage() {
        assertThat(run("lessons", "check", folder.resolve("nowhere").toString())).isEqualTo(FollowUpCoachCommand.BAD_USAGE);
        assertThat(lines(err)).containsExactly("followup-coach lessons check: no such folder: " + folder.resolve("nowhere"));
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void fileInsteadOfFolderIsBadUsage() {
        Path file = folder.resolve("course.yaml");
        assertThat(run("lessons", "check", file.toString())).isEqualTo(FollowUpCoachCommand.BAD_USAGE);
        assertThat(lines(err)).containsExactly("followup-coach lessons check: not a folder: " + file);
    }

    @Test
    void missingArgumentIsBadUsage() {
        assertThat(run("lessons", "check")).isEqualTo(FollowUpCoachCommand.BAD_USAGE);
        assertThat(lines(err)).first().isEqualTo("followup-coach: Missing required parameter: 'DIR'");
        assertThat(err.toString()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void lessonsWithoutSubcommandIsBadUsage() {
        assertThat(run("lessons")).isEqualTo(FollowUpCoachCommand.BAD_USAGE);
        assertThat(lines(err)).containsExactly("followup-coach lessons: which one? Try 'followup-coach lessons check DIR'.");
        assertThat(desktopStarted).isFalse();
    }

    static int lineOf(Path file, String text) throws IOException {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text + " not in " + file);
    }
}
