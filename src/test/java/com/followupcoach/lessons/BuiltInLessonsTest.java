package com.followupcoach.lessons;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.followupcoach.files.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The lessons the app ships, read from the classpath as the app reads them. */
class BuiltInLessonsTest {

    static final List<String> MODULES = List.of("why-follow-up", "timing", "alternate-positions",
            "asking-for-feedback", "realistic-expectations", "your-own-letter");

    /**
     * Skipped only while the project has no lesson modules yet (course.yaml came first);
     * once the lessons/ folder holds a module, the packaged copy must be complete and clean.
     */
    static boolean lessonsWritten() throws IOException {
        Path lessons = Path.of("lessons");
        if (BuiltInLessonsTest.class.getResource(BuiltInLessons.MARKER) == null || !Files.isDirectory(lessons)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(lessons)) {
            return entries.anyMatch(entry -> entry.getFileName().toString().matches("\\d+-.+"));
        }
    }

    @Test
    void builtInLessonsAreCompleteAndClean() throws IOException {
        assumeTrue(lessonsWritten(), "the lesson modules are not written yet");

        LessonLibrary library = LessonLoader.load(List.of(BuiltInLessons.root().orElseThrow()));

        assertThat(library.problems()).extracting(Problem::toString).isEmpty();
        assertThat(library.course()).isPresent();
        assertThat(library.modules()).extracting(LessonModule::id).containsAll(MODULES);
        for (String id : MODULES) {
            LessonModule module = library.module(id).orElseThrow();
            assertThat(module.quiz().questions()).as("questions of %s", id).hasSizeGreaterThanOrEqualTo(5);
            assertThat(module.exercises()).as("exercises of %s", id).hasSizeGreaterThanOrEqualTo(2);
        }
        List<Exercise> capstone = library.module("your-own-letter").orElseThrow().exercises();
        assertThat(capstone).filteredOn(e -> e.scenario().isPresent()).as("capstone with a scenario").isNotEmpty();
        assertThat(capstone).filteredOn(e -> e.scenario().isEmpty()).as("capstone without a scenario").hasSize(1);
        long scenarios = library.exercises().stream().filter(e -> e.scenario().isPresent()).count();
        assertThat(scenarios).isGreaterThanOrEqualTo(12);
    }
}
