package com.followupcoach.ui.lessons;

import com.followupcoach.lessons.Exercise;
import com.followupcoach.lessons.LessonModule;
import com.followupcoach.ui.common.AppIcon;
import com.followupcoach.ui.common.FirstFocus;
import com.followupcoach.ui.common.Messages;
import com.followupcoach.ui.markdown.MarkdownView;
import javafx.event.EventHandler;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** One module, read a screen at a time; the last screen adds takeaways, quiz and exercises. */
final class LessonReaderView extends BorderPane {

    private final LessonsViewModel model;
    private final EventHandler<KeyEvent> turnKeys = this::turnScreen;
    private final Label moduleTitle = new Label();
    private final Label counter = new Label();
    private final MarkdownView text = new MarkdownView();
    private final VBox ending = new VBox(12);
    private final Button previous = new Button(Messages.get("lessons.previous"), FontIcon.of(AppIcon.ARROW_LEFT));
    private final Button next = new Button(Messages.get("lessons.next"), FontIcon.of(AppIcon.ARROW_RIGHT));

    LessonReaderView(LessonsViewModel model) {
        this.model = model;
        setId("lesson-reader");
        Button back = new Button(Messages.get("lessons.back"), FontIcon.of(AppIcon.HOME_OUTLINE));
        back.setId("lesson-back");
        back.getStyleClass().add("flat");
        back.setOnAction(e -> model.backToList());
        moduleTitle.getStyleClass().add("page-title");
        moduleTitle.setId("lesson-title");
        counter.setId("screen-counter");
        counter.getStyleClass().add("muted");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(12, back, moduleTitle, spacer, counter);
        header.getStyleClass().add("page-header");
        setTop(header);

        text.setId("lesson-text");
        VBox body = new VBox(20, text, ending);
        body.getStyleClass().addAll("page", "lesson-body");
        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        setCenter(scroll);

        previous.setId("lesson-previous");
        previous.setOnAction(e -> model.previous());
        next.setId("lesson-next");
        next.setOnAction(e -> model.next());
        next.setContentDisplay(javafx.scene.control.ContentDisplay.RIGHT);
        next.getStyleClass().add("accent");
        Region navSpacer = new Region();
        HBox.setHgrow(navSpacer, Priority.ALWAYS);
        HBox navigation = new HBox(12, previous, navSpacer, next);
        navigation.getStyleClass().add("lesson-navigation");
        setBottom(navigation);

        FirstFocus.mark(next);
        model.screenProperty().addListener((obs, old, now) -> refresh());
        model.moduleProperty().addListener((obs, old, now) -> refresh());
        refresh();
        // On the scene, not on this view: Right must turn the screen even while a navigation
        // item has focus, and a filter there runs before that item would take the key.
        sceneProperty().addListener((obs, old, now) -> {
            if (old != null) {
                old.removeEventFilter(KeyEvent.KEY_PRESSED, turnKeys);
            }
            if (now != null) {
                now.addEventFilter(KeyEvent.KEY_PRESSED, turnKeys);
            }
        });
    }

    /** Right and Page Down turn to the next screen, Left and Page Up back. */
    private void turnScreen(KeyEvent event) {
        if (event.isAltDown() || event.isControlDown() || event.isMetaDown() || event.isShiftDown()
                || event.getTarget() instanceof TextInputControl) {
            return;
        }
        switch (event.getCode()) {
            case RIGHT, KP_RIGHT, PAGE_DOWN -> model.next();
            case LEFT, KP_LEFT, PAGE_UP -> model.previous();
            default -> {
                return;
            }
        }
        event.consume();
    }

    private void refresh() {
        LessonModule module = model.moduleProperty().get();
        if (module == null) {
            return;
        }
        boolean focusHere = focusIsHere();
        moduleTitle.setText(module.title());
        int screen = model.screenProperty().get();
        counter.setText(Messages.format("lessons.screen", screen + 1, model.screenCount()));
        model.currentSection().ifPresent(section -> text.show("## " + section.heading() + "\n\n" + section.markdown()));
        previous.setDisable(screen == 0);
        next.setDisable(model.onLastScreen());
        ending.getChildren().clear();
        if (model.onLastScreen()) {
            ending.getChildren().addAll(takeaways(module), practice(module));
        }
        if (focusHere && !focusIsHere()) {
            FirstFocus.focus(this);
        }
    }

    /**
     * Whether focus is on one of this view's controls (or nowhere). A screen turn that
     * disables or removes that control (Next on the last screen) must not let focus fall
     * back to the first control of the window; focus the learner put on the navigation
     * stays there.
     */
    private boolean focusIsHere() {
        if (getScene() != null && getScene().getFocusOwner() == null) {
            return true;
        }
        return FirstFocus.ownerWithin(this).map(owner -> owner.getScene() != null && !owner.isDisabled()).orElse(false);
    }

    private VBox takeaways(LessonModule module) {
        Label heading = new Label(Messages.get("lessons.takeaways"));
        heading.getStyleClass().add("section-title");
        VBox box = new VBox(6, heading);
        box.setId("takeaways");
        box.getStyleClass().add("takeaways");
        for (String takeaway : module.takeaways()) {
            Label line = new Label("\u2022 " + takeaway);
            line.setWrapText(true);
            box.getChildren().add(line);
        }
        return box;
    }

    private VBox practice(LessonModule module) {
        VBox box = new VBox(8);
        if (!module.quiz().questions().isEmpty()) {
            Button quiz = new Button(Messages.format("lessons.quiz.start", module.quiz().questions().size()),
                    FontIcon.of(AppIcon.HELP_CIRCLE_OUTLINE));
            quiz.setId("start-quiz");
            quiz.getStyleClass().add("accent");
            quiz.setOnAction(e -> model.startQuiz());
            box.getChildren().add(FirstFocus.mark(quiz));
        }
        model.nextModule().ifPresent(following -> {
            Button onward = new Button(Messages.format("lessons.nextModule", following.title()),
                    FontIcon.of(AppIcon.ARROW_RIGHT));
            onward.setId("next-module");
            onward.setContentDisplay(javafx.scene.control.ContentDisplay.RIGHT);
            onward.setWrapText(true);
            onward.setOnAction(e -> model.openNextModule());
            box.getChildren().add(FirstFocus.mark(onward));
        });
        for (Exercise exercise : module.exercises()) {
            Button practise = new Button(Messages.format("lessons.practise", exercise.title()),
                    FontIcon.of(AppIcon.PENCIL_OUTLINE));
            practise.setId("practise-" + exercise.id());
            practise.setOnAction(e -> model.practise(exercise));
            practise.setWrapText(true);
            box.getChildren().add(practise);
        }
        return box;
    }
}
