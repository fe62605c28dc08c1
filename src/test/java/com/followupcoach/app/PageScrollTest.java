package com.followupcoach.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.followupcoach.cli.DesktopOptions;
import com.followupcoach.ui.shell.ShellViewModel;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.geometry.VerticalDirection;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The pages' scroll panes on the real window: they scroll with the wheel, keep their place
 * when the learner leaves the page and comes back, and keep no bitmap of their viewport
 * (under software rendering one was 3.4 MB of heap per page, for as long as the app ran).
 */
class PageScrollTest extends ApplicationTest {

    @TempDir
    static Path dataDir;

    private AppWiring wiring;

    @Override
    public void start(Stage stage) {
        DesktopOptions options = new DesktopOptions(false, Optional.of(dataDir), Optional.empty());
        // Short enough that the lesson list overflows its page.
        wiring = AppWindow.show(stage, options, new ShellViewModel(), 1000, 600).wiring();
    }

    @AfterEach
    void closeStore() throws Exception {
        WaitForAsyncUtils.asyncFx(wiring::close).get(10, TimeUnit.SECONDS);
    }

    @Test
    void theLessonListKeepsItsPlaceWhenTheLearnerComesBack() {
        ScrollPane list = lookup("#module-list").queryAs(ScrollPane.class);
        // Under Monocle, TestFX's wheel turns opposite to its name: UP moves the content down.
        moveTo(list).scroll(5, VerticalDirection.UP);
        WaitForAsyncUtils.waitForFxEvents();
        double place = list.getVvalue();
        assertThat(place).as("the wheel scrolled the list").isPositive();

        clickOn("#nav-practice");
        clickOn("#nav-lessons");

        assertThat(lookup("#module-list").queryAs(ScrollPane.class).getVvalue()).isEqualTo(place);
    }

    @Test
    void noPageKeepsABitmapOfItsViewport() {
        for (String page : new String[] {"#nav-lessons", "#nav-practice", "#nav-progress", "#nav-workshop"}) {
            clickOn(page);
            Set<Node> viewports = lookup(".viewport").queryAll();
            assertThat(viewports).as("scroll panes on " + page).isNotEmpty();
            assertThat(viewports).as("viewports cached as a bitmap on " + page).noneMatch(Node::isCache);
        }
    }
}
