package com.followupcoach.ui.theme;

import static org.assertj.core.api.Assertions.assertThat;

import com.followupcoach.lessons.BuiltInLessons;
import com.followupcoach.lessons.LessonLibrary;
import com.followupcoach.lessons.LessonLoader;
import com.followupcoach.lessons.LessonModule;
import com.followupcoach.ui.lessons.LessonRecords;
import com.followupcoach.ui.lessons.LessonStatus;
import com.followupcoach.ui.lessons.LessonsView;
import com.followupcoach.ui.lessons.LessonsViewModel;
import com.followupcoach.ui.shell.ActiveProfile;
import com.followupcoach.ui.shell.FakeProfileDirectory;
import com.followupcoach.ui.shell.LearnerProfile;
import com.followupcoach.ui.shell.Page;
import com.followupcoach.ui.shell.ProfilesViewModel;
import com.followupcoach.ui.shell.ShellView;
import com.followupcoach.ui.shell.ShellViewModel;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.TextField;
import javafx.scene.layout.Border;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
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

    private static final LearnerProfile ME = new LearnerProfile(1, "Me");

    private final ThemeManager themes = new ThemeManager();
    private final ShellViewModel shell = new ShellViewModel();
    private LessonsViewModel lessons;
    private LessonModule module;

    @Override
    public void start(Stage stage) {
        LessonLibrary library = LessonLoader.load(List.of(BuiltInLessons.root().orElseThrow()));
        module = library.modules().get(0);
        lessons = new LessonsViewModel(library.modules(), new NoRecords(), id -> { });
        Map<Page, Supplier<Node>> pages = new EnumMap<>(Page.class);
        pages.put(Page.LESSONS, () -> new LessonsView(lessons, "", ""));
        for (Page page : List.of(Page.PRACTICE, Page.PROGRESS, Page.WORKSHOP)) {
            pages.put(page, () -> new VBox(10, new CheckBox("A check box"), new Hyperlink("A link"),
                    new TextField("Some text"), new ChoiceBox<>()));
        }
        ProfilesViewModel profiles = new ProfilesViewModel(new FakeProfileDirectory(ME), new ActiveProfile(ME),
                Runnable::run, List.of(ME));
        shell.warn("Your draft was restored.");
        Scene scene = new Scene(new ShellView(shell, themes, profiles, pages, ""), 1280, 800);
        themes.attach(scene);
        stage.setScene(scene);
        stage.show();
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

    /** A learner who has done nothing: every module new. */
    private static final class NoRecords implements LessonRecords {
        @Override
        public LessonStatus status(String moduleId) {
            return LessonStatus.NEW;
        }

        @Override
        public void screenRead(String moduleId, int index, int count) {
        }

        @Override
        public void quizFinished(String moduleId, List<AnsweredQuestion> answers) {
        }

        @Override
        public OptionalInt bestQuizPercent(String moduleId) {
            return OptionalInt.empty();
        }

        @Override
        public OptionalInt mastery(String moduleId) {
            return OptionalInt.empty();
        }
    }
}
