package com.followupcoach.ui.lessons;

import com.followupcoach.lessons.Grade;
import com.followupcoach.lessons.Option;
import com.followupcoach.lessons.Question;
import com.followupcoach.ui.common.AppIcon;
import com.followupcoach.ui.common.FirstFocus;
import com.followupcoach.ui.common.Messages;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * A quiz, one question at a time, each option explained once the answer is checked; at the
 * end a review of every question, and the ways on: try again, the next module, the lesson.
 */
final class QuizView extends ScrollPane {

    private final QuizViewModel model;
    private final LessonsViewModel lessons;
    private final VBox page = new VBox(14);
    private final List<ButtonBase> choices = new ArrayList<>();

    QuizView(QuizViewModel model, String moduleTitle, LessonsViewModel lessons) {
        this.model = model;
        this.lessons = lessons;
        setId("quiz");
        page.getStyleClass().addAll("page", "quiz-page");
        setContent(page);
        setFitToWidth(true);
        getStyleClass().add("edge-to-edge");
        model.indexProperty().addListener((obs, old, now) -> {
            showQuestion(moduleTitle);
            FirstFocus.focus(page);
        });
        model.gradeProperty().addListener((obs, old, now) -> {
            if (now != null) {
                showGrade(now);
            }
        });
        model.finishedProperty().addListener((obs, old, now) -> {
            showResult(moduleTitle);
            FirstFocus.focus(page);
        });
        showQuestion(moduleTitle);
    }

    private void showQuestion(String moduleTitle) {
        Question question = model.question();
        Label title = new Label(Messages.format("quiz.title", moduleTitle));
        title.getStyleClass().add("page-title");
        Label counter = new Label(Messages.format("quiz.counter", model.indexProperty().get() + 1, model.questionCount()));
        counter.setId("quiz-counter");
        counter.getStyleClass().add("muted");
        Button leave = new Button(Messages.get("quiz.leave"), FontIcon.of(AppIcon.ARROW_LEFT));
        leave.setId("quiz-leave");
        leave.getStyleClass().add("flat");
        leave.setOnAction(e -> lessons.backToLesson());
        page.getChildren().setAll(leave, title, counter);
        question.scenario().ifPresent(s -> {
            Label scenario = new Label(s);
            scenario.setId("quiz-scenario");
            scenario.setWrapText(true);
            scenario.getStyleClass().add("quiz-scenario");
            page.getChildren().add(scenario);
        });
        Label prompt = new Label(question.prompt());
        prompt.setId("quiz-prompt");
        prompt.setWrapText(true);
        prompt.getStyleClass().add("section-title");
        Label hint = new Label(Messages.get(question.kind().singleAnswer() ? "quiz.pickOne" : "quiz.pickAll"));
        hint.setId("quiz-hint");
        hint.getStyleClass().add("muted");
        page.getChildren().addAll(prompt, hint);

        choices.clear();
        ToggleGroup group = new ToggleGroup();
        Button check = new Button(Messages.get("quiz.check"));
        check.setId("quiz-check");
        check.getStyleClass().add("accent");
        check.setDisable(true);
        for (int i = 0; i < question.options().size(); i++) {
            ButtonBase choice = choice(question, i, group, check);
            choices.add(choice);
            page.getChildren().add(choice);
        }
        FirstFocus.mark(choices.get(0));
        check.setOnAction(e -> model.check());
        page.getChildren().add(check);
    }

    private ButtonBase choice(Question question, int index, ToggleGroup group, Button check) {
        String text = question.options().get(index).text();
        ButtonBase choice;
        if (question.kind().singleAnswer()) {
            RadioButton radio = new RadioButton(text);
            radio.setToggleGroup(group);
            radio.selectedProperty().addListener((obs, old, now) -> {
                model.choose(index, now);
                check.setDisable(!model.canCheck());
            });
            choice = radio;
        } else {
            CheckBox box = new CheckBox(text);
            box.selectedProperty().addListener((obs, old, now) -> {
                model.choose(index, now);
                check.setDisable(!model.canCheck());
            });
            choice = box;
        }
        choice.setId("quiz-option-" + index);
        choice.setWrapText(true);
        choice.getStyleClass().add("quiz-option");
        return choice;
    }

    private void showGrade(Grade grade) {
        Question question = model.question();
        page.getChildren().removeIf(n -> "quiz-check".equals(n.getId()));
        for (int i = 0; i < choices.size(); i++) {
            ButtonBase choice = choices.get(i);
            // Fixed, not dimmed: the style sheet keeps an answered option fully readable.
            choice.setDisable(true);
            Option option = question.options().get(i);
            boolean picked = model.chosen().contains(i);
            if (picked || option.correct()) {
                page.getChildren().add(page.getChildren().indexOf(choice) + 1, feedback(question, i, option, picked));
            }
        }
        Label verdict = new Label(verdict(question, grade));
        verdict.setId("quiz-verdict");
        verdict.setWrapText(true);
        verdict.getStyleClass().addAll("section-title", grade.correct() ? "status-met" : "status-missing");
        verdict.setGraphic(FontIcon.of(grade.correct() ? AppIcon.CHECK_CIRCLE : AppIcon.CLOSE_CIRCLE));
        Button next = new Button(Messages.get(model.indexProperty().get() + 1 < model.questionCount()
                ? "quiz.next" : "quiz.finish"));
        next.setId("quiz-next");
        next.getStyleClass().add("accent");
        next.setOnAction(e -> model.next());
        page.getChildren().addAll(verdict, next);
        next.requestFocus();
    }

    private static String verdict(Question question, Grade grade) {
        if (grade.correct()) {
            return Messages.get("quiz.correct");
        }
        // With one answer to give, the right one is marked beside it; with several, say how many were missed.
        return question.kind().singleAnswer() || grade.missed().isEmpty() ? Messages.get("quiz.incorrect")
                : Messages.format("quiz.incorrect.missed", grade.missed().size());
    }

    /**
     * What the learner should know about one option: whether they chose it, whether it is
     * right (a right option they missed is pointed out), then why.
     */
    private VBox feedback(Question question, int index, Option option, boolean picked) {
        String key;
        Ikon icon;
        if (picked) {
            key = option.correct() ? "quiz.feedback.pickedRight" : "quiz.feedback.pickedWrong";
            icon = option.correct() ? AppIcon.CHECK_CIRCLE : AppIcon.CLOSE_CIRCLE;
        } else {
            key = question.kind().singleAnswer() ? "quiz.feedback.theRightOne" : "quiz.feedback.missed";
            icon = AppIcon.ALERT_CIRCLE_OUTLINE;
        }
        Label tag = new Label(Messages.get(key), FontIcon.of(icon));
        tag.setId("quiz-tag-" + index);
        tag.setWrapText(true);
        tag.getStyleClass().addAll("quiz-feedback-tag", option.correct() ? "status-met" : "status-missing");
        Label explanation = new Label(option.explanation());
        explanation.setId("quiz-explanation-" + index);
        explanation.setWrapText(true);
        explanation.getStyleClass().add("quiz-explanation");
        VBox box = new VBox(tag, explanation);
        box.setId("quiz-feedback-" + index);
        box.getStyleClass().add("quiz-feedback");
        return box;
    }

    private void showResult(String moduleTitle) {
        Label title = new Label(Messages.format("quiz.title", moduleTitle));
        title.getStyleClass().add("page-title");
        Label score = new Label(Messages.format("quiz.result", model.correctCount(), model.questionCount()));
        score.setId("quiz-result");
        score.getStyleClass().add("section-title");
        Label reviewTitle = new Label(Messages.get("quiz.review.title"));
        reviewTitle.getStyleClass().add("section-title");
        VBox review = new VBox(6);
        review.setId("quiz-review");
        List<QuizViewModel.Reviewed> answered = model.review();
        for (int i = 0; i < answered.size(); i++) {
            review.getChildren().add(reviewRow(i, answered.get(i)));
        }

        Button again = new Button(Messages.get("quiz.tryAgain"), FontIcon.of(AppIcon.RESTART));
        again.setId("quiz-try-again");
        again.setOnAction(e -> lessons.startQuiz());
        Button back = new Button(Messages.get("quiz.done"), FontIcon.of(AppIcon.ARROW_LEFT));
        back.setId("quiz-done");
        back.getStyleClass().add("flat");
        back.setOnAction(e -> lessons.backToLesson());
        FlowPane actions = new FlowPane(10, 8);
        actions.setId("quiz-actions");
        lessons.nextModule().ifPresent(following -> {
            Button onward = new Button(Messages.format("lessons.nextModule", following.title()),
                    FontIcon.of(AppIcon.ARROW_RIGHT));
            onward.setId("quiz-next-module");
            onward.getStyleClass().add("accent");
            onward.setOnAction(e -> lessons.openNextModule());
            actions.getChildren().add(FirstFocus.mark(onward));
        });
        actions.getChildren().addAll(again, back);
        if (actions.getChildren().get(0) == again) {
            FirstFocus.mark(again);
        }
        page.getChildren().setAll(title, score, actions, reviewTitle, review);
    }

    private HBox reviewRow(int number, QuizViewModel.Reviewed reviewed) {
        Question question = reviewed.question();
        FontIcon icon = FontIcon.of(reviewed.correct() ? AppIcon.CHECK_CIRCLE : AppIcon.CLOSE_CIRCLE);
        Label mark = new Label(Messages.get(reviewed.correct() ? "quiz.review.right" : "quiz.review.wrong"), icon);
        mark.getStyleClass().add(reviewed.correct() ? "status-met" : "status-missing");
        mark.setMinWidth(Label.USE_PREF_SIZE);
        Label prompt = new Label(Messages.format("quiz.review.question", number + 1, question.prompt()));
        prompt.setWrapText(true);
        Label yours = new Label(Messages.format("quiz.review.yours", options(question, reviewed.chosen())));
        yours.getStyleClass().add("quiz-review-answer");
        yours.setWrapText(true);
        VBox text = new VBox(2, prompt, yours);
        if (!reviewed.correct()) {
            Label right = new Label(Messages.format("quiz.review.right.answer", options(question, question.correctOptions())));
            right.getStyleClass().add("quiz-review-answer");
            right.setWrapText(true);
            text.getChildren().add(right);
        }
        HBox.setHgrow(text, Priority.ALWAYS);
        HBox row = new HBox(mark, text);
        row.setId("quiz-review-" + number);
        row.getStyleClass().add("quiz-review-row");
        return row;
    }

    private static String options(Question question, List<Integer> indexes) {
        return String.join(Messages.get("quiz.review.separator"),
                indexes.stream().map(i -> question.options().get(i).text()).toList());
    }
}
