package com.followupcoach.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.followupcoach.cli.DesktopOptions;
import com.followupcoach.lessons.BuiltInLessons;
import com.followupcoach.lessons.LessonLoader;
import com.followupcoach.progress.ProgressStore;
import com.followupcoach.progress.ProgressStoreOpener;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The app's first page replaces the loading line only once the learner's progress has been
 * read: the lesson list appears once, with its statuses and the Continue card, instead of
 * a bare list that is drawn again a moment later.
 */
class FirstPageTest {

    @TempDir
    Path dataDir;

    @Test
    void theLessonListAppearsWithTheLearnersProgressAlreadyShown() throws Exception {
        String first = LessonLoader.load(List.of(BuiltInLessons.root().orElseThrow())).modules().get(0).id();
        try (ProgressStore store = new ProgressStoreOpener(Clock.systemUTC()).openForApp(dataDir).store()) {
            store.lessons().markSectionSeen(store.profiles().lastActive().id(), first, "screen-1");
        }
        // What the window shows at the moment its loading line gives way to the page.
        List<String> atFirstShow = new CopyOnWriteArrayList<>();
        DesktopLauncher.useOptions(new DesktopOptions(false, Optional.of(dataDir), Optional.empty()));
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(stage -> stage.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                scene.rootProperty().addListener((o, loading, page) -> atFirstShow.add(describe(page, first)));
            }
        }));
        Application app = FxToolkit.setupApplication(DesktopApp::new);
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !atFirstShow.isEmpty());

            assertThat(atFirstShow.get(0)).isEqualTo("In progress; card: Continue where you left off");
        } finally {
            FxToolkit.cleanupApplication(app);
            FxToolkit.cleanupStages();
        }
    }

    private static String describe(Parent page, String moduleId) {
        // The list's tiles sit in a scroll pane, whose skin (made by CSS) holds its content.
        page.applyCss();
        Node status = page.lookup("#module-" + moduleId + " .lesson-status");
        Node card = page.lookup("#resume-course");
        String shown = status instanceof Labeled label && label.isVisible() ? label.getText() : "no status";
        return shown + "; card: " + (card instanceof Labeled button ? button.getText().replaceFirst(":.*", "") : "none");
    }
}
