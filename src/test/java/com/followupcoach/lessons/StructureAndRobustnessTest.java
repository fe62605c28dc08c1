package com.followupcoach.lessons;

import static org.assertj.core.api.Assertions.assertThat;

import com.followupcoach.files.Problem;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Missing files, bodies without screens, and files that are not what they should be. */
class StructureAndRobustnessTest extends BrokenFixtureTest {

    void assertOnlyFirstModuleSkipped(String... problems) {
        LessonLibrary library = fixture.load();
        assertThat(library.problems()).extracting(Problem::toString).containsExactly(problems);
        assertThat(library.modules()).extracting(LessonModule::id).containsExactly("second-thoughts");
    }

    @Test
    void moduleFolderWithoutLessonMd() {
        fixture.delete(LESSON);
        assertOnlyFirstModuleSkipped("01-first-steps:0: the module folder has no lesson.md");
    }

    @Test
    void foldersThatAreNotModulesAreLeftAlone() {
        fixture.write("images/readme.txt", "not a module");
        assertThat(fixture.problems()).isEmpty();
    }

    @Test
    void bodyWithoutSections() {
        String lesson = fixture.read(LESSON);
        fixture.write(LESSON, lesson.substring(0, lesson.indexOf("## Say thank you")) + "Just some text.\n");
        assertOnlyFirstModuleSkipped(fixture.at(LESSON, "Just some text.",
                "the lesson has no `## ` heading; each reading screen starts with one"));
    }

    @Test
    void textBeforeTheFirstHeading() {
        fixture.replace(LESSON, "## Say thank you", "Stray line.\n\n## Say thank you");
        assertOnlyFirstModuleSkipped(fixture.at(LESSON, "Stray line.",
                "text before the first `## ` heading belongs to no screen; start the body with a heading"));
    }

    @Test
    void emptyBody() {
        String lesson = fixture.read(LESSON);
        fixture.write(LESSON, lesson.substring(0, lesson.indexOf("## Say thank you")));
        assertOnlyFirstModuleSkipped(LESSON + ":" + fixture.lineOf(LESSON, "---", 2)
                + ": the lesson has no text after the front matter");
    }

    @Test
    void noFrontMatter() {
        fixture.write(LESSON, "## Say thank you\n\nHello.\n");
        assertOnlyFirstModuleSkipped(LESSON + ":1: the file must start with a `---` line opening the front matter");
    }

    @Test
    void frontMatterNeverClosed() {
        fixture.write(LESSON, "---\nid: first-steps\n\n## Say thank you\n");
        assertOnlyFirstModuleSkipped(LESSON + ":1: the front matter is never closed by a second `---` line");
    }

    @Test
    void binaryFile() {
        fixture.write(QUIZ, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, (byte) 0xff, (byte) 0xfe});
        assertOnlyFirstModuleSkipped(QUIZ + ":0: the file is not UTF-8 text (is it a binary file?)");
    }

    @Test
    void nulCharacterInText() {
        fixture.replace(QUIZ, "prompt: What should Ana do?", "prompt: What should Ana do?\u0000");
        assertOnlyFirstModuleSkipped(fixture.at(QUIZ, "What should Ana do?",
                "the file contains a NUL character (is it a binary file?)"));
    }

    @Test
    void emptyYamlFile() {
        fixture.write(QUIZ, "");
        assertOnlyFirstModuleSkipped(QUIZ + ":0: the file is empty");
    }

    @Test
    void yamlFileOfOnlyComments() {
        fixture.write(QUIZ, "# nothing yet\n");
        assertOnlyFirstModuleSkipped(QUIZ + ":0: the file is empty");
    }

    @Test
    void hugeFile() {
        fixture.write(QUIZ, "#".repeat((int) TextFiles.MAX_BYTES + 1));
        assertOnlyFirstModuleSkipped(QUIZ + ":0: the file is larger than 1 MB, the limit for this input");
    }

    @Test
    void byteOrderMarkAndWindowsLineEndsAreAccepted() {
        fixture.write(QUIZ, "\uFEFF" + fixture.read(QUIZ).replace("\n", "\r\n"));
        fixture.write(LESSON, "\uFEFF" + fixture.read(LESSON).replace("\n", "\r\n"));
        assertThat(fixture.problems()).isEmpty();
        assertThat(fixture.load().module("first-steps").orElseThrow().sections().get(1).markdown())
                .startsWith("- Stay calm.\n- Keep it short.");
    }

    @Test
    void lineNumbersStayRightWithWindowsLineEnds() {
        fixture.replace(QUIZ, "        explanation: No, never.", "        explanation: No, never.\n        hint: Think.");
        String expected = fixture.at(QUIZ, "hint: Think.", "unknown field `hint` (expected one of: correct, explanation, text)");
        fixture.write(QUIZ, fixture.read(QUIZ).replace("\n", "\r\n"));
        assertOnlyFirstModuleSkipped(expected);
    }

    @Test
    void oddUnicodeIsKept() {
        String odd = "Zoë 👋🏽 مرحبا e\u0301 \u200B";
        fixture.replace(LESSON, "Start with **thanks**.", odd);
        fixture.write("01-first-steps/quiz.yaml", fixture.read(QUIZ).getBytes(StandardCharsets.UTF_8));
        assertThat(fixture.problems()).isEmpty();
        assertThat(fixture.load().module("first-steps").orElseThrow().sections().get(0).markdown()).isEqualTo(odd.strip());
    }

    @Test
    void missingFolderIsAProblemNotAnException() {
        LessonLibrary library = LessonLoader.load(java.util.List.of(LessonRoot.folder(folder.resolve("nowhere"))));
        assertThat(library.problems()).singleElement().extracting(Problem::file, Problem::line)
                .containsExactly(".", 0);
        assertThat(library.modules()).isEmpty();
    }
}
