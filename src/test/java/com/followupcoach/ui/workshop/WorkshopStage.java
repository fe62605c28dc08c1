package com.followupcoach.ui.workshop;

import com.followupcoach.lessons.BuiltInLessons;
import com.followupcoach.lessons.LessonLibrary;
import com.followupcoach.lessons.LessonLoader;
import com.followupcoach.scoring.ScoringEngine;
import com.followupcoach.scoring.rubric.Rubric;
import com.followupcoach.ui.theme.Theme;
import com.followupcoach.ui.theme.ThemeManager;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The Workshop page on a stage as the app builds it: the built-in lessons, the real engine,
 * a clock that moves only when told, file dialogs answered by the test, and a button
 * outside the page (where the focus may be left, as the navigation bar would hold it).
 */
final class WorkshopStage {

    static final LessonLibrary LIBRARY = LessonLoader.load(List.of(BuiltInLessons.root().orElseThrow()));

    final ThemeManager themes = new ThemeManager();
    final ManualClock clock = new ManualClock();
    final List<Rectangle2D> screens = new ArrayList<>(List.of(new Rectangle2D(0, 0, 1920, 1080)));
    File folderAnswer;
    File csvAnswer;
    WorkshopViewModel model;
    WorkshopView view;

    /** @param files where a group's letters come from */
    void show(Stage stage, double width, double height, boolean presenter, GroupFiles files) {
        model = new WorkshopViewModel(LIBRARY.modules(), LIBRARY.samples(), new WorkshopServices(
                new ScoringEngine(Rubric.builtIn()), files, clock, Runnable::run, Runnable::run));
        WorkshopPickers pickers = new WorkshopPickers() {
            @Override
            public Optional<File> folderOfLetters(Window owner) {
                return Optional.ofNullable(folderAnswer);
            }

            @Override
            public Optional<File> csvTarget(Window owner) {
                return Optional.ofNullable(csvAnswer);
            }
        };
        view = new WorkshopView(model, themes.presenterProperty(), pickers, () -> List.copyOf(screens));
        Button outside = new Button("Elsewhere");
        outside.setId("outside");
        outside.visibleProperty().bind(themes.presenterProperty().not());
        outside.managedProperty().bind(outside.visibleProperty());
        VBox root = new VBox(outside, view);
        VBox.setVgrow(view, javafx.scene.layout.Priority.ALWAYS);
        Scene scene = new Scene(root, width, height);
        themes.attach(scene);
        themes.themeProperty().set(Theme.DARK);
        themes.presenterProperty().set(presenter);
        stage.setScene(scene);
        stage.show();
    }

    static GroupFiles noFiles() {
        return new GroupFiles() {
            @Override
            public FolderLetters read(File folder) {
                return new FolderLetters(List.of(), List.of());
            }

            @Override
            public void saveCsv(File file, String csv) {
            }
        };
    }
}
