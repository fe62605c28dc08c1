package com.followupcoach.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.followupcoach.cli.DesktopOptions;
import com.followupcoach.progress.CrashSimulation;
import com.followupcoach.progress.ProgressStore;
import com.followupcoach.progress.ProgressStoreOpener;
import com.followupcoach.ui.common.Messages;
import com.followupcoach.ui.practice.OwnScenario;
import com.followupcoach.vocabulary.Medium;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.application.Application;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The whole path of DESIGN.md's "a draft survives a crash": a draft autosaved through the
 * app's writer, a session that never ends cleanly, a restart on the same folder: the draft
 * is back in the editor (with its own scenario) and the window says it was restored.
 */
class DraftRestoreAfterCrashTest {

    private static final String OWN_LETTER = "your-own-letter-real";
    private static final String LETTER = "Dear Mrs Bright,\nThank you for letting me know.";

    @TempDir
    Path dataDir;

    @Test
    void aDraftWrittenBeforeACrashIsRestoredWithANotice() throws Exception {
        ProgressStore crashing = new ProgressStoreOpener(Clock.systemUTC()).openForApp(dataDir).store();
        long me = crashing.profiles().lastActive().id();
        crashing.settings().setProfile(me, "practice.last_task", OWN_LETTER);
        BackgroundWriter writer = new BackgroundWriter(message -> {
            throw new AssertionError(message);
        });
        OwnScenario own = new OwnScenario("Halden Construction", "Site Engineer", "Mrs Bright", Optional.of(6), Medium.EMAIL);
        new StorePracticeRecords(crashing, () -> me, writer).saveDraft(OWN_LETTER, LETTER, Optional.of(own));
        writer.close();
        CrashSimulation.crash(crashing);

        DesktopLauncher.useOptions(new DesktopOptions(false, Optional.of(dataDir), Optional.empty()));
        FxToolkit.registerPrimaryStage();
        Application app = FxToolkit.setupApplication(DesktopApp::new);
        try {
            FxRobot robot = new FxRobot();
            await(() -> robot.lookup(".notice-text").queryAllAs(Label.class).stream()
                    .anyMatch(l -> l.getText().equals(Messages.get("app.restored"))));
            robot.clickOn("#nav-practice");
            await(() -> robot.lookup("#letter-editor").tryQueryAs(StyleClassedTextArea.class)
                    .map(area -> area.getText().equals(LETTER)).orElse(false));
            assertThat(robot.lookup("#own-company").queryAs(TextField.class).getText()).isEqualTo("Halden Construction");
        } finally {
            FxToolkit.cleanupApplication(app);
            FxToolkit.cleanupStages();
        }
    }

    private static void await(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition::getAsBoolean).get());
    }
}
