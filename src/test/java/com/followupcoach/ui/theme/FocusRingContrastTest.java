package com.followupcoach.ui.theme;

import static org.assertj.core.api.Assertions.assertThat;

import com.followupcoach.lessons.LessonModule;
import com.followupcoach.ui.lessons.CourseWindow;
import com.followupcoach.ui.lessons.LessonsViewModel;
import com.followupcoach.ui.shell.Page;
import com.followupcoach.ui.shell.ShellViewModel;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.layout.Border;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every control that takes focus, in every theme, shows a ring at least 3:1 against what
 * surrounds it: the app bar, the navigation, a notice, the lesson list, a lesson, a quiz.
 */
class FocusRingContrastTest extends ApplicationTest {


    private final CourseWindow window = new CourseWindow();
    private final ThemeManager themes = window.themes;
    private final ShellViewModel shell = window.shell;
    private final LessonsViewModel lessons = window.lessons;
    private LessonModule module;

    @Override
    public void start(Stage stage) {
        module = window.library.modules().get(0);
        shell.warn("Your draft was restored.");
        window.show(stage, 1280, 800);
    }

    @Test
    void everyFocusedControlHasARingThatStandsOutInEveryTheme() throws Exception {
        List<String> faint = new ArrayList<>();
        int checked = 0;
        for (Theme theme : Theme.values()) {
            onFx(() -> themes.themeProperty().set(theme));
            for (Runnable state : List.<Runnable>of(lessons::backToList, () -> lessons.open(module.id()),
                    this::lastScreen, this::quiz, () -> shell.show(Page.PRACTICE), () -> shell.show(Page.LESSONS))) {
                onFx(state);
                for (Node node : onFxGet(this::focusable)) {
                    checked++;
                    String problem = onFxGet(() -> ringProblem(node));
                    if (problem != null) {
                        faint.add(theme.id() + ": " + describe(node) + ": " + problem);
                    }
                }
            }
        }

        assertThat(checked).as("controls checked").isGreaterThan(40);
        assertThat(faint).isEmpty();
    }

    private void lastScreen() {
        lessons.open(module.id());
        lessons.goToScreen(module.sections().size() - 1);
    }

    private void quiz() {
        lastScreen();
        lessons.startQuiz();
    }

    private List<Node> focusable() {
        List<Node> found = new ArrayList<>();
        collect(lookup("#shell").query(), found);
        return found;
    }

    private static void collect(Node node, List<Node> found) {
        if (!node.isVisible() || node.isDisabled()) {
            return;
        }
        if (node.isFocusTraversable()) {
            found.add(node);
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collect(child, found));
        }
    }

    private static String ringProblem(Node node) {
        node.requestFocus();
        node.getScene().getRoot().applyCss();
        if (!node.isFocused()) {
            return "cannot take focus";
        }
        Border border = node instanceof Region region ? region.getBorder() : null;
        if (border == null || border.getStrokes().isEmpty()
                || !(border.getStrokes().get(0).getTopStroke() instanceof Color ring)
                || border.getStrokes().get(0).getWidths().getTop() < 2) {
            return "no ring";
        }
        Color around = Contrast.behind(node);
        double ratio = Contrast.ratio(Contrast.over(ring, around), around);
        return ratio >= 3 ? null : String.format("ring %s on %s is %.2f:1", ring, around, ratio);
    }

    private static String describe(Node node) {
        return node.getClass().getSimpleName() + (node.getId() == null ? "" : "#" + node.getId())
                + node.getStyleClass();
    }

    private static void onFx(Runnable action) throws Exception {
        WaitForAsyncUtils.asyncFx(action).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static <T> T onFxGet(java.util.concurrent.Callable<T> action) throws Exception {
        return WaitForAsyncUtils.asyncFx(action).get(10, TimeUnit.SECONDS);
    }
}
