package com.followupcoach.ui.practice;

import com.followupcoach.ui.common.AppIcon;
import com.followupcoach.ui.common.Messages;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Says that an attempt was saved, with its score and how it moved since the last one, in
 * full (it wraps, never cut), until the learner closes it or opens another task.
 */
final class SubmitConfirmation extends BorderPane {

    private final Label text = new Label();

    SubmitConfirmation(PracticeViewModel model, Runnable openHistory) {
        setId("submit-confirmation");
        getStyleClass().add("submit-confirmation");
        text.setId("submit-message");
        text.setWrapText(true);
        text.setMaxWidth(Double.MAX_VALUE);
        text.setMinHeight(USE_PREF_SIZE);
        setMinWidth(0);
        Button history = new Button(Messages.get("practice.history").replace("_", ""),
                FontIcon.of(AppIcon.HISTORY));
        history.setId("submit-history");
        history.getStyleClass().add("flat");
        history.setMinWidth(USE_PREF_SIZE);
        history.setOnAction(e -> openHistory.run());
        Button close = new Button(null, FontIcon.of(AppIcon.CLOSE));
        close.setId("submit-close");
        close.getStyleClass().addAll("flat", "button-icon");
        close.setAccessibleText(Messages.get("practice.submit.close"));
        close.setMinWidth(USE_PREF_SIZE);
        close.setOnAction(e -> model.closeSubmission());
        FontIcon icon = FontIcon.of(AppIcon.CHECK_CIRCLE_OUTLINE);
        setLeft(icon);
        setCenter(text);
        setRight(new javafx.scene.layout.HBox(4, history, close));
        BorderPane.setAlignment(icon, Pos.CENTER_LEFT);
        BorderPane.setAlignment(text, Pos.CENTER_LEFT);
        BorderPane.setMargin(text, new Insets(0, 8, 0, 8));
        model.submissionProperty().addListener((obs, old, now) -> show(now));
        show(model.submissionProperty().get());
    }

    private void show(Submission submission) {
        setVisible(submission != null);
        setManaged(submission != null);
        text.setText(submission == null ? "" : submission.message());
        setAccessibleText(text.getText());
    }
}
