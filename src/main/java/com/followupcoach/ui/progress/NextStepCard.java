package com.followupcoach.ui.progress;

import com.followupcoach.ui.common.AppIcon;
import com.followupcoach.ui.common.Messages;
import com.followupcoach.ui.practice.CriterionNames;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** The weakest check, why it matters, and a way straight to its lesson and an exercise. */
final class NextStepCard extends VBox {

    NextStepCard(ProgressReport report, ProgressViewModel model) {
        setId("next-step");
        getStyleClass().addAll("card", "progress-card", "next-step");
        Label title = new Label(Messages.get("progress.next.title"), FontIcon.of(AppIcon.TARGET));
        title.getStyleClass().add("section-title");
        getChildren().add(title);
        report.next().ifPresentOrElse(next -> showStep(next, model), () -> {
            Label none = new Label(Messages.get(report.lettersSubmitted() == 0
                    ? "progress.next.noLetters" : "progress.next.nothingMissed"));
            none.setId("next-none");
            none.setWrapText(true);
            getChildren().add(none);
        });
    }

    private void showStep(NextStep next, ProgressViewModel model) {
        Label weakest = new Label(Messages.format("progress.next.weakest", CriterionNames.name(next.criterion())));
        weakest.setId("next-criterion");
        weakest.getStyleClass().add("next-criterion");
        weakest.setWrapText(true);
        Label why = new Label(Messages.get("progress.why." + next.criterion().id()));
        why.setId("next-explanation");
        why.setWrapText(true);
        getChildren().addAll(weakest, why);
        next.lesson().ifPresent(m -> {
            Label taught = new Label(Messages.format("progress.next.taughtIn", m.title()));
            taught.getStyleClass().add("muted");
            getChildren().add(taught);
        });

        Button lesson = new Button(Messages.get("progress.next.lesson"), FontIcon.of(AppIcon.BOOK_OPEN_PAGE_VARIANT_OUTLINE));
        lesson.setId("open-weakest-lesson");
        lesson.setOnAction(e -> model.openWeakestLesson());
        lesson.setDisable(next.lesson().isEmpty());
        Button practise = new Button(next.exercise().map(x -> Messages.format("progress.next.practise", x.title()))
                .orElse(Messages.format("progress.next.practise", "")), FontIcon.of(AppIcon.PENCIL_OUTLINE));
        practise.setId("practise-weakest");
        practise.getStyleClass().add("accent");
        practise.setOnAction(e -> model.practiseWeakest());
        practise.setVisible(next.exercise().isPresent());
        practise.setManaged(next.exercise().isPresent());
        FlowPane actions = new FlowPane(10, 8, practise, lesson);
        actions.getStyleClass().add("next-actions");
        getChildren().add(actions);
    }
}
