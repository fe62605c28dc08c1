package com.followupcoach.lessons;

import static org.assertj.core.api.Assertions.assertThat;

import com.followupcoach.files.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/** Whatever is thrown at the readers, they report and go on; they never throw. */
class ParserPropertyTest {

    @Property(tries = 500)
    void randomBytesAreReadOrReported(@ForAll @Size(max = 300) byte[] bytes) {
        List<Problem> problems = new ArrayList<>();
        boolean read = TextFiles.decode(bytes, "x.yaml", problems).isPresent();
        assertThat(read).isNotEqualTo(!problems.isEmpty());
    }

    @Property(tries = 1000)
    void randomYamlIsBoundOrReported(@ForAll("yamlish") String yaml) {
        List<Problem> problems = new ArrayList<>();
        boolean bound = LessonYaml.root(yaml, "quiz.yaml", 0, "the quiz", LessonYaml.QUIZ, problems).isPresent();
        assertThat(bound || !problems.isEmpty()).isTrue();
        assertThat(problems).allSatisfy(problem -> assertThat(problem.line()).isNotNegative());
    }

    @Property(tries = 500)
    void randomMarkdownIsSplitOrReported(@ForAll("yamlish") String text) {
        List<Problem> problems = new ArrayList<>();
        FrontMatter.split(text, "lesson.md", problems).ifPresent(parts -> {
            LessonYaml.root(parts.yaml(), "s.md", 1, "the sample", LessonYaml.SAMPLE, problems);
            Sections.split(parts.body(), parts.bodyFirstLine(), "lesson.md", problems);
        });
        assertThat(problems).allSatisfy(problem -> assertThat(problem.toString()).doesNotContain("\n"));
    }

    @Property(tries = 150)
    void aRandomFileBreaksAtMostItsOwnModule(@ForAll("fileNames") String file, @ForAll @Size(max = 400) byte[] content)
            throws IOException {
        Path folder = Files.createTempDirectory("lessons");
        try {
            FixtureFolder fixture = FixtureFolder.copyTo(folder);
            fixture.write(file, content);
            LessonLibrary library = fixture.load();
            assertThat(library.module("second-thoughts")).isPresent();
            assertThat(library.problems()).allSatisfy(problem -> assertThat(problem.file()).startsWith(file.split("/")[0]));
        } finally {
            try (var files = Files.walk(folder)) {
                for (Path path : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }

    @Provide
    Arbitrary<String> yamlish() {
        Arbitrary<String> pieces = Arbitraries.of("---\n", "id: ", "questions:\n", "  - ", "options:\n", "correct: ",
                "true", "\n", "  ", ": ", "[", "]", "{", "}", "\"", "'", "#", "&a ", "*a", "!!binary ", "|\n", ">-\n",
                "## ", "é", "👋", "\t", "\r\n", "\uFEFF", "\u0000", "- text: x\n", "kind: single\n", "12", "-1");
        return Arbitraries.oneOf(
                pieces.list().ofMaxSize(40).map(list -> String.join("", list)),
                Arbitraries.strings().ofMaxLength(200));
    }

    @Provide
    Arbitrary<String> fileNames() {
        return Arbitraries.of("01-first-steps/lesson.md", "01-first-steps/quiz.yaml", "01-first-steps/exercises.yaml",
                "samples/good-bakery.md");
    }
}
