package com.followupcoach.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.followupcoach.cli.DesktopOptions;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The window shows the app's own icon: a task bar or window switcher picks the size it needs. */
class WindowIconTest {

    @TempDir
    Path dataDir;

    @Test
    void theWindowCarriesTheAppIconInEverySize() throws Exception {
        DesktopLauncher.useOptions(new DesktopOptions(false, Optional.of(dataDir), Optional.empty()));
        Stage stage = FxToolkit.registerPrimaryStage();
        Application app = FxToolkit.setupApplication(DesktopApp::new);
        try {
            List<Image> icons = WaitForAsyncUtils.asyncFx(() -> List.copyOf(stage.getIcons())).get(10, TimeUnit.SECONDS);
            assertThat(icons).noneMatch(Image::isError);
            assertThat(icons).extracting(Image::getWidth).containsExactly(16.0, 32.0, 48.0, 64.0, 128.0, 256.0);
            assertThat(icons).allMatch(icon -> icon.getWidth() == icon.getHeight());
            // close only once the store is open, so no background start-up outlives the test
            FxRobot robot = new FxRobot();
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                    () -> WaitForAsyncUtils.asyncFx(() -> robot.lookup("#nav-lessons").tryQuery().isPresent()).get());
        } finally {
            FxToolkit.cleanupApplication(app);
            FxToolkit.cleanupStages();
        }
    }
}
