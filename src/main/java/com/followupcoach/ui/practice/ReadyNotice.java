package com.followupcoach.ui.practice;

import com.followupcoach.ui.common.Messages;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/**
 * The cool-down of a letter marked ready: "Ready since … — review after …", then, once the
 * wait is over, "Time to review your letter with fresh eyes".
 */
final class ReadyNotice extends HBox {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
            .withZone(ZoneId.systemDefault());

    private final Label text = new Label();
    private final Button done = new Button(Messages.get("practice.ready.done"));

    ReadyNotice(PracticeViewModel model) {
        setId("ready-notice");
        getStyleClass().add("ready-notice");
        setSpacing(12);
        text.setId("ready-text");
        text.setWrapText(true);
        text.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(text, Priority.ALWAYS);
        done.setId("finish-review");
        done.setMinWidth(USE_PREF_SIZE);
        done.setOnAction(e -> model.finishReview());
        getChildren().addAll(FontIcon.of(MaterialDesignC.COFFEE_OUTLINE), text, done);
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
