package com.followupcoach.app;

import com.followupcoach.cli.DesktopOptions;
import com.followupcoach.lessons.Course;
import com.followupcoach.lessons.LessonLibrary;
import com.followupcoach.progress.ProgressStore;
import com.followupcoach.ui.common.CriterionLessons;
import com.followupcoach.ui.common.Messages;
import com.followupcoach.ui.lessons.LessonsView;
import com.followupcoach.ui.lessons.LessonThreads;
import com.followupcoach.ui.lessons.LessonsViewModel;
import com.followupcoach.ui.practice.CritiqueService;
import com.followupcoach.ui.practice.DraftAutosave;
import com.followupcoach.ui.practice.PracticeThreads;
import com.followupcoach.ui.practice.PracticeView;
import com.followupcoach.ui.practice.PracticeViewModel;
import com.followupcoach.ui.practice.WritingTasks;
import com.followupcoach.ui.progress.ProgressView;
import com.followupcoach.ui.progress.ProgressViewModel;
import com.followupcoach.ui.shell.ActiveProfile;
import com.followupcoach.ui.shell.LearnerProfile;
import com.followupcoach.ui.shell.Page;
import com.followupcoach.ui.shell.ProfilesViewModel;
import com.followupcoach.ui.shell.ShellView;
import com.followupcoach.ui.shell.ShellViewModel;
import com.followupcoach.ui.theme.Theme;
import com.followupcoach.ui.theme.ThemeManager;
import com.followupcoach.ui.workshop.WorkshopView;
import com.followupcoach.ui.workshop.WorkshopServices;
import com.followupcoach.ui.workshop.WorkshopViewModel;
import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Node;

/**
 * The pages wired to the lessons, the store and the engine, for the active learner. A
 * switch of learner saves Practice's draft under the old one, then reloads every page.
 * Kept apart from {@link DesktopApp} so that tests can build the real window on a temp
 * data folder.
 */
final class AppWiring implements AutoCloseable {

    private static final String LAST_TASK = "practice.last_task";

    private final AppServices services;
    private final BackgroundWriter writer;
    private final CritiqueService critiques;
    /**
     * Made when first needed (its page shown, an exercise opened): the app opens on Lessons,
     * and making it reads the learner's last task and draft, which the first page does not show.
     */
    private final OnFirstUse<PracticeViewModel> practice;
    private final DraftAutosave autosave;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final ShellViewModel shell;
    private final LessonsViewModel lessons;
    private final OnFirstUse<ProgressViewModel> progress;
    private final ShellView view;

    AppWiring(AppServices loaded, DesktopOptions options, ThemeManager themes, ShellViewModel shell) {
        services = loaded;
        this.shell = shell;
        ProgressStore store = loaded.store();
        LessonLibrary library = loaded.library();
        writer = new BackgroundWriter(message -> Platform.runLater(
                () -> shell.warn(Messages.format("app.writeFailed", message))));
        // The critique thread waits for the engine, which is built once the first page is drawn,
        // or at once when a page that needs it is shown (below). Practice critiques its draft as
        // soon as it is made, so this must not start the build: it could run beside the first page.
        ScoringLoad scoring = loaded.scoring();
        critiques = new CritiqueService((text, scenario, dismissed) ->
                scoring.loaded().join().engine().score(text, scenario, dismissed));
        restoreDisplaySettings(store, themes, loaded.dataDir());

        StoreProfileDirectory directory = new StoreProfileDirectory(store, Clock.systemUTC());
        ActiveProfile active = new ActiveProfile(StoreProfileDirectory.learner(store.profiles().lastActive()));
        ProfilesViewModel profiles = new ProfilesViewModel(directory, active, writer, directory.list());

        autosave = new DraftAutosave(new StoreDraftSink(store), active::id, DraftAutosave.ownThread(),
                new AutosaveNotices(shell));
        practice = new OnFirstUse<>(() -> makePractice(store, library, active));
        lessons = new LessonsViewModel(library.modules(),
                new StoreLessonRecords(store, library, active::id, writer), exerciseId -> {
                    shell.show(Page.PRACTICE);
                    practice.get().open(exerciseId);
                }, LessonThreads.fx(writer));
        // Progress and the Workshop need the rubric and the engine: made when first shown.
        progress = new OnFirstUse<>(() -> new ProgressViewModel(library.modules(),
                CriterionLessons.of(scoring.get().engine().rubric()),
                new StoreProgressRecords(store, active::id), writer, moduleId -> {
                    shell.show(Page.LESSONS);
                    lessons.open(moduleId);
                }, exerciseId -> {
                    shell.show(Page.PRACTICE);
                    practice.get().open(exerciseId);
                }));
        OnFirstUse<WorkshopViewModel> workshop = new OnFirstUse<>(() -> new WorkshopViewModel(library.modules(),
                library.samples(), new WorkshopServices(scoring.get().engine(), new TextLetterFolder(), Clock.systemUTC(),
                ForkJoinPool.commonPool(), Platform::runLater)));

        active.beforeSwitch(() -> practice.ifMade(PracticeViewModel::saveDraft));
        active.afterSwitch(() -> {
            practice.ifMade(PracticeViewModel::reloadForLearner);
            lessons.reload();
            progress.ifMade(ProgressViewModel::refresh);
        });
        // The dashboard loads when it is looked at, and again when a letter was just scored.
        shell.pageProperty().addListener((obs, old, now) -> {
            if (now == Page.PRACTICE) {
                scoring.start();
            } else if (now == Page.PROGRESS) {
                progress.get().refresh();
            } else if (now == Page.LESSONS) {
                lessons.reload();
            }
        });

        String credit = library.course().map(AppWiring::credit).orElse("");
        String subtitle = library.course().map(Course::subtitle).orElse("");
        String note = library.course().map(c -> c.source().note()).orElse("");
        StartupTrace.mark("viewmodels-made");
        Map<Page, Supplier<Node>> pages = new EnumMap<>(Page.class);
        pages.put(Page.LESSONS, () -> new LessonsView(lessons, subtitle, note));
        pages.put(Page.PRACTICE, () -> new PracticeView(practice.get()));
        pages.put(Page.PROGRESS, () -> new ProgressView(progress.get(), active.activeProperty().map(LearnerProfile::name)));
        pages.put(Page.WORKSHOP, () -> new WorkshopView(workshop.get(), themes.presenterProperty()));
        view = new ShellView(shell, themes, profiles, pages, credit);
        StartupTrace.mark("shellview-made");

        loaded.warnings().forEach(shell::warn);
        scoring.loaded().thenAccept(built -> built.warning().ifPresent(line -> Platform.runLater(() -> shell.warn(line))));
        if (loaded.restoredAfterCrash()) {
            shell.warn(Messages.get("app.restored"));
        }
        if (options.presenter()) {
            themes.presenterProperty().set(true);
            shell.show(Page.WORKSHOP);
        }
    }

    ShellView view() {
        return view;
    }

    /**
     * Runs {@code action} on the FX thread once the first page can be shown as it will stay:
     * for the Lessons page, once the learner's progress has been read (or failed to be), so
     * that its list is drawn once, with statuses and the Start here card, not twice.
     */
    void whenFirstPageReady(Runnable action) {
        if (shell.pageProperty().get() == Page.LESSONS) {
            lessons.whenFirstReadEnded(action);
        } else {
            action.run();
        }
    }

    /** Practice's view model, wired to the store, the autosave and the other pages. */
    private PracticeViewModel makePractice(ProgressStore store, LessonLibrary library, ActiveProfile active) {
        // The store is read and written on the writer's thread, in order: a read sees the writes before it.
        PracticeViewModel made = new PracticeViewModel(critiques, new StorePracticeRecords(store, active::id, writer),
                WritingTasks.of(library.modules()), PracticeThreads.fx(writer));
        made.useLetterFiles(new TextLetterFiles());
        made.useAutosave(autosave);
        made.useLessonLinks(new CourseLessonLinks(library.modules(), moduleId -> {
            shell.show(Page.LESSONS);
            lessons.open(moduleId);
        }));
        reopenLastTask(made, store, active);
        // A scored letter changes mastery: the lesson list shows it as the dashboard does.
        made.latestAttemptProperty().addListener((obs, old, now) -> {
            progress.ifMade(ProgressViewModel::refresh);
            lessons.reload();
        });
        return made;
    }

    /** Practice opens on the task the learner last worked on, or the first one. */
    private void reopenLastTask(PracticeViewModel practice, ProgressStore store, ActiveProfile active) {
        store.settings().profile(active.id(), LAST_TASK).ifPresentOrElse(practice::open, () -> {
            if (!practice.tasks().isEmpty()) {
                practice.open(practice.tasks().get(0).id());
            }
        });
        practice.taskProperty().addListener((obs, old, now) -> {
            if (now != null) {
                long learner = active.id();
                writer.write(() -> store.settings().setProfile(learner, LAST_TASK, now.id()));
            }
        });
    }

    private void restoreDisplaySettings(ProgressStore store, ThemeManager themes, Path dataDir) {
        // The window may already wear the hint's theme; the store's setting is the one that counts.
        Theme kept = store.settings().theme().flatMap(Theme::byId).orElse(Theme.LIGHT);
        themes.themeProperty().set(kept);
        writer.write(() -> ThemeHint.write(dataDir, kept));
        themes.setZoomFactor(store.settings().zoom());
        themes.themeProperty().addListener((obs, old, now) -> writer.write(() -> {
            store.settings().setTheme(now.id());
            ThemeHint.write(dataDir, now);
        }));
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

    /** Saves the draft, finishes the queued writes, then closes the store; once. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        practice.ifMade(PracticeViewModel::saveDraft);
        closeStore();
    }

    /**
     * On SIGTERM (logout, shutdown): writes what the autosave holds, which is the text as of
     * the last keystroke, without the FX thread, which may already be gone.
     */
    void closeOnSignal() {
        if (closed.compareAndSet(false, true)) {
            closeStore();
        }
    }

    private void closeStore() {
        autosave.close();
        writer.close();
        critiques.close();
        services.store().close();
    }
}
