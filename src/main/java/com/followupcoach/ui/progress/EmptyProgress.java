package com.followupcoach.ui.progress;

import com.followupcoach.lessons.LessonModule;
import com.followupcoach.ui.common.AppIcon;
import com.followupcoach.ui.common.FirstFocus;
import com.followupcoach.ui.common.Messages;
import java.util.Optional;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** A new learner's page: what to do first, and a button that does it. */
final class EmptyProgress extends VBox {

    EmptyProgress(Optional<LessonModule> firstLesson, Runnable start) {
        setId("progress-empty");
        getStyleClass().addAll("card", "progress-empty");
        FontIcon icon = FontIcon.of(AppIcon.CHART_LINE);
        icon.getStyleClass().add("progress-empty-icon");
        Label title = new Label(Messages.get("progress.empty.title"));
        title.getStyleClass().add("section-title");
        Label text = new Label(Messages.format("progress.empty.text", firstLesson.map(LessonModule::title).orElse("")));
        text.setWrapText(true);
        Button begin = new Button(Messages.get("progress.empty.start"), FontIcon.of(AppIcon.BOOK_OPEN_PAGE_VARIANT_OUTLINE));
        begin.setId("start-first-lesson");
        begin.getStyleClass().add("accent");
        begin.setOnAction(e -> start.run());
        begin.setDisable(firstLesson.isEmpty());
        // The one thing a new learner can do here: it, not the header's calendar switch, takes focus.
        getChildren().addAll(icon, title, text, FirstFocus.mark(begin));
    }
}
