package com.followupcoach.ui.lessons;

import javafx.scene.layout.StackPane;

/** The Lessons page: the module list, a module being read, or its quiz. */
public final class LessonsView extends StackPane {

    private final LessonsViewModel model;
    private final ModuleListView list;
    private final LessonReaderView reader;

    public LessonsView(LessonsViewModel model, String subtitle, String credit) {
        this.model = model;
        setId("lessons-page");
        list = new ModuleListView(model, subtitle, credit);
        reader = new LessonReaderView(model);
        model.modeProperty().addListener((obs, old, now) -> show(now));
        show(model.modeProperty().get());
    }

    private void show(LessonsViewModel.Mode mode) {
        switch (mode) {
            case LIST -> getChildren().setAll(list);
            case READING -> getChildren().setAll(reader);
            case QUIZ -> getChildren().setAll(new QuizView(
                    new QuizViewModel(model.moduleProperty().get().quiz(), model::quizFinished),
                    model.moduleProperty().get().title(), model::backToLesson));
        }
    }
}
