package com.followupcoach.ui.lessons;

import com.followupcoach.lessons.BuiltInLessons;
import com.followupcoach.lessons.LessonLibrary;
import com.followupcoach.lessons.LessonLoader;
import com.followupcoach.ui.shell.ActiveProfile;
import com.followupcoach.ui.shell.FakeProfileDirectory;
import com.followupcoach.ui.shell.LearnerProfile;
import com.followupcoach.ui.shell.Page;
import com.followupcoach.ui.shell.ProfilesViewModel;
import com.followupcoach.ui.shell.ShellView;
import com.followupcoach.ui.shell.ShellViewModel;
import com.followupcoach.ui.theme.ThemeManager;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * The real window frame with the built-in course on its Lessons page, for tests of the
 * way through the course; the other pages hold a few plain controls.
 */
public final class CourseWindow {

    private static final LearnerProfile ME = new LearnerProfile(1, "Me");

    public final LessonLibrary library = LessonLoader.load(List.of(BuiltInLessons.root().orElseThrow()));
    public final ThemeManager themes = new ThemeManager();
    public final ShellViewModel shell = new ShellViewModel();
    public final InMemoryLessonRecords records = new InMemoryLessonRecords();
    public final List<String> practised = new ArrayList<>();
    public final LessonsViewModel lessons = new LessonsViewModel(library.modules(), records, practised::add,
            LessonThreads.direct());

    public void show(Stage stage, int width, int height) {
        Map<Page, Supplier<Node>> pages = new EnumMap<>(Page.class);
        pages.put(Page.LESSONS, () -> new LessonsView(lessons, "", ""));
        for (Page page : List.of(Page.PRACTICE, Page.PROGRESS, Page.WORKSHOP)) {
            pages.put(page, () -> {
                Button first = new Button("Start");
                first.setId(page.id() + "-start");
                return new VBox(10, first, new CheckBox("A check box"), new Hyperlink("A link"),
                        new TextField("Some text"), new ChoiceBox<>());
            });
        }
        ProfilesViewModel profiles = new ProfilesViewModel(new FakeProfileDirectory(ME), new ActiveProfile(ME),
                Runnable::run, List.of(ME));
        Scene scene = new Scene(new ShellView(shell, themes, profiles, pages, ""), width, height);
        themes.attach(scene);
        stage.setScene(scene);
        stage.show();
    }
}
