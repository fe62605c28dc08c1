package com.followupcoach.lessons;

import static org.assertj.core.api.Assertions.assertThat;

import com.followupcoach.lessons.RootReader.RootContent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The lessons read from a snapshot are exactly the lessons read from their files, and a
 * snapshot of a folder that has changed since, or is damaged, is never used.
 */
class FolderSnapshotTest {

    @TempDir
    Path temp;

    @Test
    void theBuildsSnapshotOfTheBuiltInLessonsIsUsedAndHoldsWhatTheFilesDo() {
        LessonRoot builtIn = BuiltInLessons.root().orElseThrow();

        Optional<RootContent> fromSnapshot = BuiltInLessonsSnapshot.content(builtIn);

        assertThat(fromSnapshot).as("the build writes the snapshot and it matches the lessons").isPresent();
        LessonLibrary fromFiles = LibraryMerger.merge(List.of(RootReader.read(builtIn)));
        assertThat(LibraryMerger.merge(List.of(fromSnapshot.get()))).isEqualTo(fromFiles);
        assertThat(LessonLoader.loadForApp(Optional.empty(), Optional.empty())).isEqualTo(fromFiles);
        assertThat(fromFiles.modules()).isNotEmpty();
        assertThat(fromFiles.samples()).isNotEmpty();
    }

    @Test
    void aFolderWithProblemsComesBackWithTheSameProblemsAndSkips() throws IOException {
        FixtureFolder fixture = FixtureFolder.copyTo(temp);
        Files.delete(fixture.root.resolve("02-second-thoughts/lesson.md"));
        LessonRoot root = LessonRoot.folder(fixture.root);

        byte[] snapshot = FolderSnapshot.write(RootReader.read(root));

        LessonLibrary fromFiles = LibraryMerger.merge(List.of(RootReader.read(root)));
        assertThat(fromFiles.skipped()).isNotEmpty();
        assertThat(LibraryMerger.merge(List.of(FolderSnapshot.read(snapshot, root).orElseThrow()))).isEqualTo(fromFiles);
    }

    @Test
    void aSnapshotIsNotUsedOnceAnyFileTheLessonsAreReadFromChanges() throws IOException {
        List<Consumer<Path>> edits = List.of(
                folder -> replace(folder.resolve("01-first-steps/lesson.md"), "title: ", "title: New "),
                folder -> append(folder.resolve("01-first-steps/quiz.yaml"), "\n"),
                folder -> append(folder.resolve("02-second-thoughts/exercises.yaml"), "# note\n"),
                folder -> delete(folder.resolve("01-first-steps/quiz.yaml")),
                folder -> append(folder.resolve("course.yaml"), " "),
                folder -> delete(folder.resolve("course.yaml")),
                folder -> append(folder.resolve("samples/good-bakery.md"), "\nOne more line."),
                folder -> copy(folder.resolve("samples/good-bakery.md"), folder.resolve("samples/good-bakery-2.md")),
                folder -> mkdir(folder.resolve("03-new-module")),
                folder -> move(folder.resolve("02-second-thoughts"), folder.resolve("03-second-thoughts")));
        for (int i = 0; i < edits.size(); i++) {
            Path folder = Files.createDirectory(temp.resolve("edit-" + i));
            FixtureFolder.copyTo(folder);
            LessonRoot root = LessonRoot.folder(folder);
            byte[] snapshot = FolderSnapshot.write(RootReader.read(root));
            assertThat(FolderSnapshot.read(snapshot, root)).as("unchanged folder, edit %d", i).isPresent();

            edits.get(i).accept(folder);

            assertThat(FolderSnapshot.read(snapshot, root)).as("edit %d", i).isEmpty();
        }
    }

    @Test
    void theLoaderReadsAnEditedBuiltInFolderFromItsFiles() throws IOException {
        FixtureFolder fixture = FixtureFolder.copyTo(temp);
        replace(fixture.root.resolve("01-first-steps/lesson.md"), "title: ", "title: Edited ");

        LessonLibrary library = LessonLoader.load(List.of(LessonRoot.builtIn(fixture.root)));

        assertThat(library.modules().get(0).title()).startsWith("Edited ");
    }

    @Test
    void aDamagedSnapshotIsNeverUsedAndNeverThrows() throws IOException {
        FixtureFolder fixture = FixtureFolder.copyTo(temp);
        LessonRoot root = LessonRoot.folder(fixture.root);
        byte[] snapshot = FolderSnapshot.write(RootReader.read(root));

        for (int at = 0; at < snapshot.length; at += 97) {
            byte[] damaged = snapshot.clone();
            damaged[at] ^= 0x5a;
            assertThat(FolderSnapshot.read(damaged, root)).as("byte %d changed", at).isEmpty();
        }
        for (int length : new int[] {0, 3, 4, 20, snapshot.length / 2, snapshot.length - 1}) {
            byte[] cut = Arrays.copyOf(snapshot, length);
            assertThat(FolderSnapshot.read(cut, root)).as("cut to %d bytes", length).isEmpty();
        }
    }

    private static void replace(Path file, String text, String by) {
        try {
            String now = Files.readString(file);
            assertThat(now).contains(text);
            Files.writeString(file, now.replaceFirst(text, by));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void append(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path file) {
        try {
            Files.delete(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copy(Path from, Path to) {
        try {
            Files.copy(from, to);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void mkdir(Path folder) {
        try {
            Files.createDirectory(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void move(Path from, Path to) {
        try {
            Files.move(from, to);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
