package com.followupcoach.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.followupcoach.cli.SampleLetters;
import com.followupcoach.lessons.BuiltInLessons;
import com.followupcoach.lessons.LessonLibrary;
import com.followupcoach.lessons.LessonLoader;
import com.followupcoach.vocabulary.Criterion;
import com.followupcoach.scoring.ScoringEngine;
import com.followupcoach.vocabulary.Status;
import com.followupcoach.scoring.group.GroupLetter;
import com.followupcoach.scoring.rubric.Rubric;
import com.followupcoach.ui.practice.CriterionNames;
import com.followupcoach.ui.theme.ThemeManager;
import com.followupcoach.ui.workshop.WorkshopPickers;
import com.followupcoach.ui.workshop.WorkshopServices;
import com.followupcoach.ui.workshop.WorkshopView;
import com.followupcoach.ui.workshop.WorkshopViewModel;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import org.kordamp.ikonli.javafx.FontIcon;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A trainer scores the group's letters from a folder: one .txt file per participant,
 * read by the app's own folder reader, scored off the FX thread with a progress bar, then
 * a table of anonymous letters, the class heatmap, a walkthrough and a CSV export.
 */
class WorkshopGroupTest extends ApplicationTest {

    private static final String GOOD = SampleLetters.GOOD;
    private static final String SHORT = "Thanks for letting me know.\n\nJo";
    private static final String DEMANDING = "Dear Sir,\n\nI want a full explanation of why, within five working days.\n\nPat";

    @TempDir
    static Path dir;

    /** Work sent to the background: run by the test on its own thread, never the FX thread. */
    private final Queue<Runnable> background = new ArrayDeque<>();
    private File csv;

    @Override
    public void start(Stage stage) throws IOException {
        Path folder = Files.createDirectories(dir.resolve("group-" + System.nanoTime()));
        Files.writeString(folder.resolve("b-sam-lee.txt"), GOOD, StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("a-jo-bloggs.txt"), SHORT, StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("c-pat-kerr.TXT"), DEMANDING, StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("instructions.md"), "not a letter", StandardCharsets.UTF_8);
        Files.createDirectories(folder.resolve("drafts.txt"));
        csv = dir.resolve("table-" + System.nanoTime() + ".csv").toFile();
        LessonLibrary library = LessonLoader.load(List.of(BuiltInLessons.root().orElseThrow()));
        WorkshopViewModel model = new WorkshopViewModel(library.modules(), library.samples(), new WorkshopServices(
                new ScoringEngine(Rubric.builtIn()), new TextLetterFolder(), Clock.systemUTC(), background::add,
                Platform::runLater));
        WorkshopPickers pickers = new WorkshopPickers() {
            @Override
            public Optional<File> folderOfLetters(Window owner) {
                return Optional.of(folder.toFile());
            }

            @Override
            public Optional<File> csvTarget(Window owner) {
                return Optional.of(csv);
            }
        };
        ThemeManager themes = new ThemeManager();
        Scene scene = new Scene(new WorkshopView(model, themes.presenterProperty(), pickers, List::of), 1600, 1000);
        themes.attach(scene);
        stage.setScene(scene);
        stage.show();
    }

    private void loadTheFolder() {
        clickOn("#open-group");
        clickOn("#group-choose");
        assertThat(lookup("#group-progress").query().isVisible()).isTrue();
        assertThat(lookup("#group-choose").query().isDisabled()).isTrue();
        assertThat(text("#group-message")).startsWith("Scoring the letters");
        assertThat(background).hasSize(1);
        background.poll().run();
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    private TableView<GroupLetter> table() {
        return lookup("#group-table").queryAs(TableView.class);
    }

    @Test
    void theFoldersTxtLettersAreScoredIntoATableOfAnonymousLetters() {
        loadTheFolder();

        assertThat(lookup("#group-progress").query().isVisible()).isFalse();
        assertThat(text("#group-message")).startsWith("3 letters from");
        TableView<GroupLetter> table = table();
        assertThat(table.getItems()).extracting(GroupLetter::label).containsExactly("A", "B", "C");
        assertThat(table.getItems()).extracting(GroupLetter::name)
                .containsExactly("a-jo-bloggs.txt", "b-sam-lee.txt", "c-pat-kerr.TXT");
        List<String> shown = lookup("#group-table .table-cell").queryAll().stream()
                .filter(n -> n instanceof Labeled).map(n -> ((Labeled) n).getText()).filter(t -> t != null).toList();
        assertThat(shown).contains("Letter A", "Letter B", "Letter C").noneMatch(t -> t.contains(".txt"));
        // Each criterion is marked by an icon whose shape says its status, and the legend names the shapes.
        List<Node> marks = lookup(".status-mark").queryAll().stream().toList();
        assertThat(marks).isNotEmpty();
        for (Node mark : marks) {
            Status status = (Status) ((TableCell<?, ?>) mark.getParent()).getItem();
            assertThat(((FontIcon) mark).getIconCode()).isEqualTo(CriterionNames.icon(status));
        }
        assertThat(lookup("#group-legend .legend-entry").queryAll()).extracting(n -> ((Labeled) n).getText())
                .containsExactly("met", "partly", "missing", "n/a");
    }

    @Test
    void columnsSortAndFileNamesShowOnlyOnRequest() {
        loadTheFolder();
        TableView<GroupLetter> table = table();

        clickOn(lookup(".column-header").match((Node n) -> n.getId() != null && n.getId().equals("column-score"))
                .queryAs(Node.class));

        List<Integer> scores = table.getItems().stream().map(GroupLetter::score).toList();
        assertThat(scores).isSortedAccordingTo(Comparator.naturalOrder());
        clickOn("#group-names");
        List<String> shown = lookup("#group-table .table-cell").queryAll().stream()
                .filter(n -> n instanceof Labeled).map(n -> ((Labeled) n).getText()).filter(t -> t != null).toList();
        assertThat(shown).contains("a-jo-bloggs.txt", "b-sam-lee.txt");
    }

    @Test
    void theHeatmapPutsTheCriterionMissedMostFirstWithItsCount() {
        loadTheFolder();
        List<GroupLetter> letters = table().getItems();
        int mostMissed = 0;
        for (Criterion criterion : Criterion.values()) {
            int missed = (int) letters.stream().filter(l -> l.status(criterion) == Status.MISSING).count();
            mostMissed = Math.max(mostMissed, missed);
        }

        clickOn("#group-show-heatmap");

        assertThat(lookup("#class-heatmap").query().isVisible()).isTrue();
        assertThat(lookup("#group-table").query().isVisible()).isFalse();
        Criterion first = Arrays.stream(Criterion.values())
                .filter(c -> CriterionNames.name(c).equals(text("#heat-name-0"))).findFirst().orElseThrow();
        assertThat(text("#heat-missing-" + first.id())).isEqualTo(mostMissed + " of 3");
        assertThat(mostMissed).isGreaterThanOrEqualTo(2);
        List<String> counts = lookup(".heat-cell").queryAll().stream().map(n -> ((Labeled) n).getText()).toList();
        assertThat(counts).hasSize(2 * Criterion.values().length).allMatch(t -> t.matches("[0-3] of 3"));
    }

    @Test
    void aLetterOpensInTheWalkthroughAndEscReturnsToTheTable() {
        loadTheFolder();
        TableView<GroupLetter> table = table();
        interact(() -> table.getSelectionModel().select(2));
        clickOn("#group-open");

        assertThat(text("#walkthrough-title")).isEqualTo("Letter C");
        type(KeyCode.RIGHT);
        assertThat(text("#step-counter")).startsWith("1 of ");
        type(KeyCode.ESCAPE);
        assertThat(lookup("#group-table").query().isVisible()).isTrue();
    }

    @Test
    void theTableExportsAsCsv() throws IOException {
        loadTheFolder();

        clickOn("#group-export");

        List<String> lines = Files.readAllLines(csv.toPath());
        assertThat(lines.get(0)).startsWith("letter,score,gratitude,acknowledgement,");
        assertThat(lines.subList(1, lines.size())).extracting(l -> l.substring(0, 2)).containsExactly("A,", "B,", "C,");
        assertThat(text("#group-message")).startsWith("Saved the table as");
    }

    private String text(String query) {
        return lookup(query).queryAs(Labeled.class).getText();
    }
}
