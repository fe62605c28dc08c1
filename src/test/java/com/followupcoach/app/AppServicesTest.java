package com.followupcoach.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.followupcoach.cli.DesktopOptions;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the window needs first, loaded ahead while JavaFX starts. */
class AppServicesTest {

    @TempDir
    Path dataDir;

    @Test
    void loadedAheadTheLessonsAndTheStoreAreReadyAndTheEngineIsNotYetBuilt() {
        AppServices services = AppServices.loadAhead(new DesktopOptions(false, Optional.of(dataDir), Optional.empty()))
                .join();
        try {
            assertThat(services.library().modules()).isNotEmpty();
            assertThat(services.opened().persistent()).isTrue();
            assertThat(services.warnings()).isEmpty();
            // The engine waits for the first page to be drawn, or for a page that needs it.
            assertThat(services.scoring().loaded()).isNotDone();
        } finally {
            services.store().close();
        }
    }

    @Test
    void aSecondCopyLoadingAheadGetsTheStoreInMemoryWithOneLineSaying() {
        DesktopOptions options = new DesktopOptions(false, Optional.of(dataDir), Optional.empty());
        AppServices first = AppServices.loadAhead(options).join();
        try {
            AppServices second = AppServices.loadAhead(options).join();
            second.store().close();

            assertThat(second.opened().persistent()).isFalse();
            assertThat(second.warnings()).singleElement().asString().contains("already open").doesNotContain("\n");
        } finally {
            first.store().close();
        }
    }
}
