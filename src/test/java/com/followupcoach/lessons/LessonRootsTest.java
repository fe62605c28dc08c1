package com.followupcoach.lessons;

import static org.assertj.core.api.Assertions.assertThat;

import com.followupcoach.files.Problem;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Merging folders, and finding lesson folders inside a jar or the runtime image. */
class LessonRootsTest {

    @TempDir
    Path temp;

    @Test
    void laterFolderReplacesModulesWithTheSameIdAndAddsNewOnes() throws IOException {
        FixtureFolder builtIn = FixtureFolder.copyTo(Files.createDirectory(temp.resolve("built-in")));
        FixtureFolder trainer = FixtureFolder.copyTo(Files.createDirectory(temp.resolve("trainer")));
        trainer.delete("course.yaml").delete("samples/good-bakery.md").delete("samples/weak-library.md");
        trainer.delete("02-second-thoughts/lesson.md").delete("02-second-thoughts/quiz.yaml")
                .delete("02-second-thoughts/exercises.yaml");
        Files.delete(trainer.root.resolve("02-second-thoughts"));
        trainer.replace("01-first-steps/lesson.md", "title: First steps", "title: First steps, our way");
        trainer.write("00-warm-up/lesson.md", "---\nid: warm-up\ntitle: Warm up\norder: 0\nsummary: Hello.\n"
                + "minutes: 1\ncriteria: [tone]\ntakeaways: [Breathe.]\n---\n## Breathe\n\nIn and out.\n");

        LessonLibrary library = LessonLoader.load(List.of(LessonRoot.builtIn(builtIn.root), LessonRoot.folder(trainer.root)));

        assertThat(library.problems()).isEmpty();
        assertThat(library.modules()).extracting(LessonModule::id).containsExactly("warm-up", "first-steps", "second-thoughts");
        assertThat(library.module("first-steps").orElseThrow().title()).isEqualTo("First steps, our way");
        assertThat(library.module("first-steps").orElseThrow().origin()).isEqualTo(LessonRoot.folder(trainer.root));
        assertThat(library.module("second-thoughts").orElseThrow().origin().builtIn()).isTrue();
        assertThat(library.exercises()).extracting(Exercise::id).doesNotHaveDuplicates();
        assertThat(library.course().orElseThrow().title()).isEqualTo("Fixture Course");
        assertThat(library.reports()).extracting(r -> r.loaded().modules()).containsExactly(2, 2);
    }

    @Test
    void exerciseIdOfAnotherModuleInAnEarlierFolderIsAnError() throws IOException {
        FixtureFolder builtIn = FixtureFolder.copyTo(Files.createDirectory(temp.resolve("built-in")));
        FixtureFolder trainer = FixtureFolder.copyTo(Files.createDirectory(temp.resolve("trainer")));
        String exercises = "02-second-thoughts/exercises.yaml";
        trainer.replace(exercises, "- id: second-thoughts-library", "- id: first-steps-bakery");
        trainer.delete("01-first-steps/lesson.md");

        LessonLibrary library = LessonLoader.load(List.of(LessonRoot.builtIn(builtIn.root), LessonRoot.folder(trainer.root)));

        assertThat(library.reports().get(0).problems()).isEmpty();
        assertThat(library.reports().get(1).problems()).extracting(Problem::toString).containsExactly(
                "01-first-steps:0: the module folder has no lesson.md",
                trainer.at(exercises, "- id: first-steps-bakery",
                        "exercise id `first-steps-bakery` is already used by module `first-steps` in built-in lessons"));
        assertThat(library.module("second-thoughts").orElseThrow().origin().builtIn()).isTrue();
    }

    @Test
    void findsBuiltInLessonsInsideAJar() throws Exception {
        Path jar = temp.resolve("app.jar");
        Path source = FixtureFolder.source();
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar)); Stream<Path> files = Files.walk(source)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                out.putNextEntry(new JarEntry("lessons/" + source.relativize(file).toString().replace('\\', '/')));
                out.write(Files.readAllBytes(file));
                out.closeEntry();
            }
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            URL marker = loader.getResource("lessons/course.yaml");
            assertThat(marker.getProtocol()).isEqualTo("jar");

            Path folder = BuiltInLessons.folderOf(marker);
            LessonLibrary library = LessonLoader.load(List.of(LessonRoot.builtIn(folder)));

            assertThat(library.problems()).isEmpty();
            assertThat(library.modules()).extracting(LessonModule::id).containsExactly("first-steps", "second-thoughts");
            assertThat(library.samples()).hasSize(2);
        }
    }

    @Test
    void findsAFolderInAPlainDirectory() {
        Path folder = BuiltInLessons.folderOf(FixtureFolder.class.getResource("/fixtures/library/course.yaml"));
        assertThat(folder).isEqualTo(FixtureFolder.source());
    }

    @Test
    void findsAFolderInTheRuntimeImage() {
        // the JDK's own modules are a jrt: image too; the app's image is read the same way
        URL objectClass = Object.class.getResource("/java/lang/Object.class");
        assertThat(objectClass.getProtocol()).isEqualTo("jrt");
        Path folder = BuiltInLessons.folderOf(objectClass);
        assertThat(folder.toString()).isEqualTo("/modules/java.base/java/lang");
        assertThat(Files.isRegularFile(folder.resolve("Object.class"))).isTrue();
    }
}
