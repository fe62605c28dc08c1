package com.followupcoach.ui.lessons;

import com.followupcoach.ui.common.FirstFocus;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;

/** The Lessons page: the module list, a module being read, or its quiz. */
public final class LessonsView extends StackPane {

    private final LessonsViewModel model;
    private final ModuleListView list;
    /** Made when a module is first opened: the list is what the app starts on. */
    private LessonReaderView reader;

    public LessonsView(LessonsViewModel model, String subtitle, String credit) {
        this.model = model;
        setId("lessons-page");
        // The page is being shown: its progress is read afresh (off the FX thread).
        model.reload();
        list = new ModuleListView(model, subtitle, credit);
        model.modeProperty().addListener((obs, old, now) -> show(now));
        // "Try again" starts the same quiz afresh: the mode stays QUIZ, the run changes.
        model.quizRunProperty().addListener((obs, old, now) -> {
            if (model.modeProperty().get() == LessonsViewModel.Mode.QUIZ) {
                show(LessonsViewModel.Mode.QUIZ);
            }
        });
        show(model.modeProperty().get());
    }

    private LessonReaderView reader() {
        if (reader == null) {
            reader = new LessonReaderView(model);
        }
        return reader;
    }

    private void show(LessonsViewModel.Mode mode) {
        Node shown = switch (mode) {
            case LIST -> list;
            case READING -> reader();
            case QUIZ -> new QuizView(new QuizViewModel(model.moduleProperty().get().quiz(), model::quizFinished),
                    model.moduleProperty().get().title(), model);
        };
        getChildren().setAll(shown);
        // The control that was focused has just left the scene: focus goes to the new screen.
        FirstFocus.focus(shown);
    }
}
