package com.followupcoach.ui.lessons;

import com.followupcoach.lessons.Grade;
import com.followupcoach.lessons.Option;
import com.followupcoach.lessons.Question;
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
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/** A quiz, one question at a time, each option explained once the answer is checked. */
final class QuizView extends ScrollPane {

    private final QuizViewModel model;
    private final Runnable onDone;
    private final VBox page = new VBox(14);
    private final List<ButtonBase> choices = new ArrayList<>();

    QuizView(QuizViewModel model, String moduleTitle, Runnable onDone) {
        this.model = model;
        this.onDone = onDone;
        setId("quiz");
        page.getStyleClass().addAll("page", "quiz-page");
        setContent(page);
        setFitToWidth(true);
        getStyleClass().add("edge-to-edge");
        model.indexProperty().addListener((obs, old, now) -> showQuestion(moduleTitle));
        model.gradeProperty().addListener((obs, old, now) -> {
            if (now != null) {
                showGrade(now);
            }
        });
        model.finishedProperty().addListener((obs, old, now) -> showResult(moduleTitle));
        showQuestion(moduleTitle);
    }

    private void showQuestion(String moduleTitle) {
        Question question = model.question();
        Label title = new Label(Messages.format("quiz.title", moduleTitle));
        title.getStyleClass().add("page-title");
        Label counter = new Label(Messages.format("quiz.counter", model.indexProperty().get() + 1, model.questionCount()));
        counter.setId("quiz-counter");
        counter.getStyleClass().add("muted");
        Button leave = new Button(Messages.get("quiz.leave"), FontIcon.of(MaterialDesignA.ARROW_LEFT));
        leave.setId("quiz-leave");
        leave.getStyleClass().add("flat");
        leave.setOnAction(e -> onDone.run());
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
            choice.setDisable(true);
            Option option = question.options().get(i);
            boolean picked = model.chosen().contains(i);
            if (picked || option.correct()) {
                Label explanation = new Label(Messages.get(picked ? "quiz.option.picked" : "quiz.option.right")
                        + " " + option.explanation(), FontIcon.of(option.correct() ? MaterialDesignC.CHECK_CIRCLE
                        : MaterialDesignC.CLOSE_CIRCLE));
                explanation.setWrapText(true);
                explanation.setId("quiz-explanation-" + i);
                explanation.getStyleClass().addAll("quiz-explanation", option.correct() ? "status-met" : "status-missing");
                page.getChildren().add(page.getChildren().indexOf(choice) + 1, explanation);
            }
        }
        Label verdict = new Label(Messages.get(grade.correct() ? "quiz.correct" : "quiz.incorrect"));
        verdict.setId("quiz-verdict");
        verdict.getStyleClass().addAll("section-title", grade.correct() ? "status-met" : "status-missing");
        Button next = new Button(Messages.get(model.indexProperty().get() + 1 < model.questionCount()
                ? "quiz.next" : "quiz.finish"));
        next.setId("quiz-next");
        next.getStyleClass().add("accent");
        next.setOnAction(e -> model.next());
        page.getChildren().addAll(verdict, next);
        next.requestFocus();
    }

    private void showResult(String moduleTitle) {
        Label title = new Label(Messages.format("quiz.title", moduleTitle));
        title.getStyleClass().add("page-title");
        Label score = new Label(Messages.format("quiz.result", model.correctCount(), model.questionCount()));
        score.setId("quiz-result");
        score.getStyleClass().add("section-title");
        Button done = new Button(Messages.get("quiz.done"));
        done.setId("quiz-done");
        done.getStyleClass().add("accent");
        done.setOnAction(e -> onDone.run());
        page.getChildren().setAll(title, score, done);
    }
}
