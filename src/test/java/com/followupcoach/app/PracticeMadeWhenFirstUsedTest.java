package com.followupcoach.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.followupcoach.cli.DesktopOptions;
import com.followupcoach.lessons.BuiltInLessons;
import com.followupcoach.lessons.LessonLoader;
import com.followupcoach.lessons.LessonModule;
import com.followupcoach.progress.Draft;
import com.followupcoach.progress.ProgressStore;
import com.followupcoach.progress.ProgressStoreOpener;
import com.followupcoach.ui.practice.WritingTask;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.application.Application;
import javafx.scene.control.ComboBox;
import javafx.scene.input.KeyCode;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Practice's view model is made when Practice is first needed, not while the app starts on
 * Lessons: the learner's last task and its draft must still be there when they get to it,
 * whichever way they come.
 */
class PracticeMadeWhenFirstUsedTest {

    private static final String LAST_TASK = "your-own-letter-site-engineer";
    private static final String LETTER = "Dear Mr Okafor,\nThank you for the interview on Monday.";

    @TempDir
    Path dataDir;

    @Test
    void practiceOpenedRightAfterStartShowsTheLastTaskWithItsDraft() throws Exception {
        long me = learnerWithADraft();
        Application app = start();
        try {
            FxRobot robot = new FxRobot();
            await(() -> robot.lookup("#module-list").tryQuery().isPresent());
            robot.clickOn("#nav-practice");

            await(() -> editorText(robot).equals(LETTER));
            assertThat(shownTask(robot)).isEqualTo(LAST_TASK);
        } finally {
            FxToolkit.cleanupApplication(app);
            FxToolkit.cleanupStages();
        }
        assertThat(savedDraft(me)).contains(LETTER);
    }

    @Test
    void anExerciseOpenedFromALessonRightAfterStartOpensAndTheLastDraftIsKept() throws Exception {
        long me = learnerWithADraft();
        LessonModule first = LessonLoader.load(List.of(BuiltInLessons.root().orElseThrow())).modules().get(0);
        String exercise = first.exercises().get(0).id();
        Application app = start();
        try {
            FxRobot robot = new FxRobot();
            await(() -> robot.lookup("#module-" + first.id()).tryQuery().isPresent());
            robot.clickOn("#module-" + first.id());
            // The exercises are on the module's last screen.
            for (int screen = 0; screen <= first.sections().size() && robot.lookup("#practise-" + exercise).tryQuery().isEmpty(); screen++) {
                robot.type(KeyCode.RIGHT);
                WaitForAsyncUtils.waitForFxEvents();
            }
            robot.clickOn("#practise-" + exercise);

            await(() -> exercise.equals(shownTask(robot)));
            await(() -> robot.lookup("#letter-editor").tryQuery().map(area -> !area.isDisabled()).orElse(false));
        } finally {
            FxToolkit.cleanupApplication(app);
            FxToolkit.cleanupStages();
        }
        // The last task was opened, then left for the exercise while its draft was still being
        // read: the empty editor of that moment must not have been saved over the draft.
        assertThat(savedDraft(me)).contains(LETTER);
        try (ProgressStore store = open()) {
            assertThat(store.settings().profile(me, "practice.last_task")).contains(exercise);
        }
    }

    private long learnerWithADraft() {
        try (ProgressStore store = open()) {
            long me = store.profiles().lastActive().id();
            store.settings().setProfile(me, "practice.last_task", LAST_TASK);
            store.drafts().save(me, LAST_TASK, LETTER, Optional.empty());
            return me;
        }
    }

    private Optional<String> savedDraft(long me) {
        try (ProgressStore store = open()) {
            return store.drafts().find(me, LAST_TASK).map(Draft::text);
        }
    }

    private ProgressStore open() {
        return new ProgressStoreOpener(Clock.systemUTC()).openForApp(dataDir).store();
    }

    private Application start() throws Exception {
        DesktopLauncher.useOptions(new DesktopOptions(false, Optional.of(dataDir), Optional.empty()));
        FxToolkit.registerPrimaryStage();
        return FxToolkit.setupApplication(DesktopApp::new);
    }

    private static String editorText(FxRobot robot) {
        return robot.lookup("#letter-editor").tryQueryAs(StyleClassedTextArea.class).map(StyleClassedTextArea::getText).orElse("");
    }

    @SuppressWarnings("unchecked")
    private static String shownTask(FxRobot robot) {
        return robot.lookup("#task-chooser").tryQueryAs(ComboBox.class)
                .map(box -> ((ComboBox<WritingTask>) box).getValue())
                .map(WritingTask::id).orElse("");
    }

    private static void await(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition::getAsBoolean).get());
    }
}
