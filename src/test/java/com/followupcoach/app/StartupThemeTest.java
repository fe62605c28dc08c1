package com.followupcoach.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.followupcoach.cli.DesktopOptions;
import com.followupcoach.progress.ProgressStore;
import com.followupcoach.progress.ProgressStoreOpener;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.Scene;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A learner who chose a dark theme sees the window in it from the first frame, before the
 * progress store (which keeps the setting) has opened, and not a white loading screen.
 */
class StartupThemeTest {

    @TempDir
    Path dataDir;

    private Application app;

    @AfterEach
    void closeTheApp() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        FxToolkit.cleanupStages();
    }

    @Test
    void theLoadingScreenIsInTheThemeOfTheLastSession() throws Exception {
        keepThemeInTheStore("high-contrast");
        Files.writeString(dataDir.resolve(ThemeHint.FILE_NAME), "high-contrast\n");

        List<String> sheetsOfTheFirstFrame = sheetsWhenTheWindowIsFirstShown();

        assertThat(sheetsOfTheFirstFrame).anyMatch(sheet -> sheet.matches(".*/high-contrast\\.[bc]ss"));
    }

    @Test
    void aThemeKeptOnlyInTheStoreIsUsedFromTheNextStart() throws Exception {
        // A store from before the hint existed: the first start learns the theme from it.
        keepThemeInTheStore("dark");

        sheetsWhenTheWindowIsFirstShown();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> ThemeHint.read(dataDir).map(theme -> theme.id().equals("dark")).orElse(false));
    }

    private void keepThemeInTheStore(String theme) {
        try (ProgressStore store = new ProgressStoreOpener(Clock.systemUTC()).openForApp(dataDir).store()) {
            store.settings().setTheme(theme);
        }
    }

    private List<String> sheetsWhenTheWindowIsFirstShown() throws Exception {
        List<String> sheets = new CopyOnWriteArrayList<>();
        DesktopLauncher.useOptions(new DesktopOptions(false, Optional.of(dataDir), Optional.empty()));
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(stage -> stage.sceneProperty().addListener((obs, old, scene) -> record(scene, sheets)));
        app = FxToolkit.setupApplication(DesktopApp::new);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !sheets.isEmpty());
        return sheets;
    }

    private static void record(Scene scene, List<String> sheets) {
        if (scene != null && sheets.isEmpty()) {
            sheets.addAll(scene.getStylesheets());
        }
    }
}
