package com.followupcoach.ui.practice;

import com.followupcoach.ui.common.AppIcon;
import com.followupcoach.ui.common.Messages;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.layout.BorderPane;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The cool-down of a letter marked ready: "Ready since … — review after …", then, once the
 * wait is over, "Time to review your letter with fresh eyes".
 */
final class ReadyNotice extends BorderPane {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
            .withZone(ZoneId.systemDefault());

    private final Label text = new Label();
    private final Button done = new Button(Messages.get("practice.ready.done"));

    ReadyNotice(PracticeViewModel model) {
        setId("ready-notice");
        getStyleClass().add("ready-notice");
        text.setId("ready-text");
        text.setWrapText(true);
        text.setMaxWidth(Double.MAX_VALUE);
        setMinWidth(0);
        done.setId("finish-review");
        done.setMinWidth(USE_PREF_SIZE);
        done.setOnAction(e -> model.finishReview());
        FontIcon icon = FontIcon.of(AppIcon.COFFEE_OUTLINE);
        setLeft(icon);
        setCenter(text);
        setRight(done);
        for (var part : new javafx.scene.Node[] {icon, text, done}) {
            BorderPane.setAlignment(part, Pos.CENTER_LEFT);
        }
        BorderPane.setMargin(text, new Insets(0, 12, 0, 12));
        model.readinessProperty().addListener((obs, old, now) -> show(now));
        show(model.readinessProperty().get());
    }

    private void show(Readiness readiness) {
        setVisible(readiness != null);
        setManaged(readiness != null);
        getStyleClass().remove("review-due");
        if (readiness == null) {
            return;
        }
        if (readiness.due()) {
            getStyleClass().add("review-due");
            text.setText(Messages.get("practice.ready.due"));
        } else {
            text.setText(Messages.format("practice.ready.since", WHEN.format(readiness.since()),
                    WHEN.format(readiness.reviewAfter())));
        }
        done.setVisible(readiness.due());
        done.setManaged(readiness.due());
        setAccessibleText(text.getText());
    }
}
