package com.followupcoach.ui.lessons;

import static org.assertj.core.api.Assertions.assertThat;

import com.followupcoach.lessons.BuiltInLessons;
import com.followupcoach.lessons.LessonLibrary;
import com.followupcoach.lessons.LessonLoader;
import com.followupcoach.lessons.LessonModule;
import com.followupcoach.ui.theme.ThemeManager;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Queue;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Lessons page as the app runs it: progress is read away from the FX thread and applied
 * on it. Here the storage work waits in a queue until the test lets it run.
 */
class LessonsPageLoadingTest extends ApplicationTest {

    private final Queue<Runnable> storage = new ArrayDeque<>();
    private final InMemoryLessonRecords records = new InMemoryLessonRecords();
    private List<LessonModule> modules;

    @Override
    public void start(Stage stage) {
        LessonLibrary library = LessonLoader.load(List.of(BuiltInLessons.root().orElseThrow()));
        modules = library.modules();
        LessonModule first = modules.get(0);
        records.screenRead(first.id(), 1, first.sections().size());
        LessonsViewModel model = new LessonsViewModel(modules, records, id -> { },
                LessonThreads.fx(storage::add));
        Scene scene = new Scene(new LessonsView(model, "", ""), 1024, 768);
        new ThemeManager().attach(scene);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void theModulesShowAtOnceAndTheirProgressWhenItHasBeenRead() {
        String firstTile = "#module-" + modules.get(0).id();
        assertThat(lookup(firstTile).tryQuery()).as("the modules, without waiting for the store").isPresent();
        assertThat(lookup(firstTile + " .lesson-status").queryAs(Labeled.class).isVisible()).isFalse();
        assertThat(lookup("#resume-course").tryQuery()).as("no guessed Start here card").isEmpty();

        runStorage();

        assertThat(lookup(firstTile + " .lesson-status").queryAs(Labeled.class).getText()).isEqualTo("In progress");
        assertThat(lookup("#resume-course").queryAs(Labeled.class).getText())
                .startsWith("Continue where you left off").contains("screen 2 of");
        Node focused = lookup("#resume-course").query().getScene().getFocusOwner();
        assertThat(focused.getId()).as("focus moves to the card once it appears").isEqualTo("resume-course");
    }

    private void runStorage() {
        WaitForAsyncUtils.waitForFxEvents();
        interact(() -> {
            while (!storage.isEmpty()) {
                storage.remove().run();
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
    }
}
