package com.followupcoach.app;

import com.followupcoach.cli.DesktopOptions;
import com.followupcoach.lessons.Course;
import com.followupcoach.lessons.LessonLibrary;
import com.followupcoach.progress.ProgressStore;
import com.followupcoach.ui.common.Messages;
import com.followupcoach.ui.lessons.LessonsView;
import com.followupcoach.ui.lessons.LessonsViewModel;
import com.followupcoach.ui.practice.CritiqueService;
import com.followupcoach.ui.practice.PracticeView;
import com.followupcoach.ui.practice.PracticeViewModel;
import com.followupcoach.ui.practice.WritingTasks;
import com.followupcoach.ui.shell.Page;
import com.followupcoach.ui.shell.ShellView;
import com.followupcoach.ui.shell.ShellViewModel;
import com.followupcoach.ui.theme.Theme;
import com.followupcoach.ui.theme.ThemeManager;
import com.followupcoach.ui.workshop.WorkshopView;
import com.followupcoach.ui.workshop.WorkshopViewModel;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * The composition root. The window opens at once with a light first screen; lessons and
 * the progress store load on a background thread, then the pages are wired to them.
 */
public final class DesktopApp extends Application {

    private static final String LAST_TASK = "practice.last_task";

    private final ThemeManager themes = new ThemeManager();
    private final ShellViewModel shell = new ShellViewModel();
    private AppServices services;
    private CritiqueService critiques;
    private BackgroundWriter writer;
    private PracticeViewModel practice;

    @Override
    public void start(Stage stage) {
        DesktopOptions options = DesktopLauncher.options();
        Label loading = new Label(Messages.get("app.loading"));
        loading.getStyleClass().add("muted");
        // The window fits the screen: 1280×800 where there is room, less on a small display.
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(new StackPane(loading), Math.min(1280, screen.getWidth()), Math.min(800, screen.getHeight()));
        themes.attach(scene);
        stage.setTitle(Messages.get("app.title"));
        stage.setMinWidth(Math.min(900, screen.getWidth()));
        stage.setMinHeight(Math.min(600, screen.getHeight()));
        stage.setScene(scene);
        stage.show();

        CompletableFuture.supplyAsync(() -> AppServices.load(options))
                .whenComplete((loaded, failure) -> Platform.runLater(() -> {
                    if (failure != null) {
                        loading.setText(Messages.format("app.startFailed", failure.getMessage()));
                        return;
                    }
                    services = loaded;
                    scene.setRoot(wire(loaded, options));
                    themes.attach(scene);
                    Shortcuts.install(scene, stage, shell, themes);
                }));
    }

    private ShellView wire(AppServices loaded, DesktopOptions options) {
        ProgressStore store = loaded.store();
        LessonLibrary library = loaded.library();
        long profile = store.profiles().lastActive().id();
        writer = new BackgroundWriter(message -> Platform.runLater(
                () -> shell.warn(Messages.format("app.writeFailed", message))));
        critiques = new CritiqueService(loaded.engine());
        restoreDisplaySettings(store, options);

        practice = new PracticeViewModel(critiques, new StorePracticeRecords(store, () -> profile, writer),
                WritingTasks.of(library.modules()));
        practice.useLetterFiles(new TextLetterFiles());
        reopenLastTask(store, profile);
        LessonsViewModel lessons = new LessonsViewModel(library.modules(),
                new StoreLessonRecords(store, library, () -> profile), exerciseId -> {
                    shell.show(Page.PRACTICE);
                    practice.open(exerciseId);
                });
        practice.useLessonLinks(new CourseLessonLinks(library.modules(), moduleId -> {
            shell.show(Page.LESSONS);
            lessons.open(moduleId);
        }));
        WorkshopViewModel workshop = new WorkshopViewModel(library.modules(), library.samples());

        String credit = library.course().map(DesktopApp::credit).orElse("");
        String subtitle = library.course().map(Course::subtitle).orElse("");
        String note = library.course().map(c -> c.source().note()).orElse("");
        Map<Page, Supplier<Node>> pages = new EnumMap<>(Page.class);
        pages.put(Page.LESSONS, () -> new LessonsView(lessons, subtitle, note));
        pages.put(Page.PRACTICE, () -> new PracticeView(practice));
        pages.put(Page.PROGRESS, () -> new Label(Messages.get("nav.progress")));
        pages.put(Page.WORKSHOP, () -> new WorkshopView(workshop, themes.presenterProperty()));
        ShellView view = new ShellView(shell, themes, pages, credit);

        loaded.warnings().forEach(shell::warn);
        if (loaded.restoredAfterCrash()) {
            shell.warn(Messages.get("app.restored"));
        }
        if (options.presenter()) {
            themes.presenterProperty().set(true);
            shell.show(Page.WORKSHOP);
        }
        return view;
    }

    /** Practice opens on the task the learner last worked on, or the first one. */
    private void reopenLastTask(ProgressStore store, long profile) {
        store.settings().profile(profile, LAST_TASK).ifPresentOrElse(practice::open, () -> {
            if (!practice.tasks().isEmpty()) {
                practice.open(practice.tasks().get(0).id());
            }
        });
        practice.taskProperty().addListener((obs, old, now) -> {
            if (now != null) {
                writer.write(() -> store.settings().setProfile(profile, LAST_TASK, now.id()));
            }
        });
    }

    private void restoreDisplaySettings(ProgressStore store, DesktopOptions options) {
        store.settings().theme().flatMap(Theme::byId).ifPresent(themes.themeProperty()::set);
        themes.setZoomFactor(store.settings().zoom());
        themes.themeProperty().addListener((obs, old, now) -> writer.write(() -> store.settings().setTheme(now.id())));
        themes.zoomStepProperty().addListener((obs, old, now) -> {
            if (!themes.presenterProperty().get()) {
                double factor = themes.zoomFactor();
                writer.write(() -> store.settings().setZoom(factor));
            }
        });
    }

    private static String credit(Course course) {
        return Messages.format("app.credit", course.source().title(), course.source().author());
    }

    @Override
    public void stop() {
        if (practice != null) {
            practice.saveDraft();
        }
        if (writer != null) {
            writer.close();
        }
        if (critiques != null) {
            critiques.close();
        }
        if (services != null) {
            services.store().close();
        }
    }
}
