package com.followupcoach.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.followupcoach.cli.DesktopOptions;
import com.followupcoach.ui.shell.ShellViewModel;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/**
 * {@code --presenter} on the real window: the projector shows only the workshop content,
 * not the profile button, the theme and zoom controls or a notice; F5 brings them back.
 */
class PresenterChromeTest extends ApplicationTest {

    @TempDir
    static Path dataDir;

    private AppWiring wiring;
    private final ShellViewModel shell = new ShellViewModel();

    @Override
    public void start(Stage stage) {
        DesktopOptions presenter = new DesktopOptions(true, Optional.of(dataDir), Optional.empty());
        wiring = AppWindow.show(stage, presenter, shell, 1280, 800).wiring();
        shell.warn("A notice the room should not see");
    }

    @AfterEach
    void closeStore() throws Exception {
        WaitForAsyncUtils.asyncFx(wiring::close).get(10, TimeUnit.SECONDS);
    }

    @Test
    void presenterModeShowsOnlyTheContentUntilF5() {
        List<String> chrome = List.of("#profile-switcher", "#theme-choice", "#zoom-in", "#zoom-out", "#notices", "#nav-lessons");
        assertThat(lookup("#workshop-page").query().isVisible()).isTrue();
        for (String id : chrome) {
            assertThat(showing(id)).as(id + " in presenter mode").isFalse();
        }
        Node page = lookup("#workshop-page").query();
        assertThat(page.localToScene(page.getLayoutBounds()).getMinY()).as("content from the top edge").isZero();

        clickOn("#present-why-follow-up");
        type(KeyCode.RIGHT);
        assertThat(lookup("#step-counter").queryAs(Labeled.class).getText()).startsWith("Slide 2 of");

        type(KeyCode.F5);

        for (String id : chrome) {
            assertThat(showing(id)).as(id + " after presenter mode").isTrue();
        }
    }

    /** Drawn: the node and every ancestor visible. */
    private boolean showing(String id) {
        Node node = lookup(id).query();
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }
}
