package com.followupcoach.app;

import com.followupcoach.cli.DesktopOptions;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real window's flows for {@link NoNetworkChild}: the app as a user starts it (loading
 * screen, then the pages wired on a background load), every page opened, a letter typed and
 * submitted, and the window closed through the app's own stop.
 */
final class NoNetworkWindow {

    static final String LETTER = "Dear Ms Chen, thank you for letting me know.";

    private final FxRobot robot = new FxRobot();

    private NoNetworkWindow() {
    }

    static void run(Path data) throws Exception {
        DesktopLauncher.useOptions(new DesktopOptions(false, Optional.of(data), Optional.empty()));
        FxToolkit.registerPrimaryStage();
        Application app = FxToolkit.setupApplication(DesktopApp::new);
        try {
            new NoNetworkWindow().visitEveryPage();
        } finally {
            FxToolkit.cleanupApplication(app);
            FxToolkit.cleanupStages();
        }
    }

    private void visitEveryPage() throws Exception {
        await("the pages wired", () -> robot.lookup("#nav-lessons").tryQuery().isPresent());
        robot.clickOn("#nav-lessons");
        await("Lessons", () -> visible("#lessons-page"));

        robot.clickOn("#nav-practice");
        await("an editable letter in Practice", () -> robot.lookup("#letter-editor").tryQueryAs(StyleClassedTextArea.class)
                .map(StyleClassedTextArea::isEditable).orElse(false));
        robot.clickOn("#letter-editor").write(LETTER);
        robot.clickOn("#submit-attempt");
        await("the submitted letter's score", () -> text("#last-attempt").matches(".*\\d+ / 100.*"));

        robot.clickOn("#nav-progress");
        await("one letter on Progress", () -> "1".equals(text("#letters-submitted")));

        robot.clickOn("#nav-workshop");
        await("Workshop", () -> visible("#workshop-page"));
    }

    private boolean visible(String id) {
        return robot.lookup(id).tryQuery().map(Node::isVisible).orElse(false);
    }

    private String text(String id) {
        return robot.lookup(id).tryQuery().map(node -> ((Labeled) node).getText()).orElse("");
    }

    private static void await(String what, BooleanSupplier condition) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition::getAsBoolean).get());
        } catch (TimeoutException e) {
            throw new IllegalStateException("the window never showed " + what, e);
        }
    }
}
