package com.followupcoach.ui.progress;

import com.followupcoach.ui.common.Messages;
import java.util.OptionalInt;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/** The headline numbers: lessons done, best and latest letter score, letters submitted. */
final class SummaryTiles extends FlowPane {

    SummaryTiles(ProgressReport report) {
        super(12, 12);
        getStyleClass().add("progress-tiles");
        getChildren().addAll(
                tile("lessons-done", Messages.format("progress.tile.lessons.value", report.lessonsDone(), report.lessonCount()),
                        "progress.tile.lessons"),
                tile("best-letter", score(report.bestLetterScore()), "progress.tile.best"),
                tile("latest-letter", score(report.latestLetterScore()), "progress.tile.latest"),
                tile("letters-submitted", Integer.toString(report.lettersSubmitted()), "progress.tile.letters"));
    }

    private static String score(OptionalInt score) {
        return score.isPresent() ? Messages.format("progress.tile.score", score.getAsInt()) : Messages.get("progress.tile.none");
    }

    private static VBox tile(String id, String value, String captionKey) {
        Label number = new Label(value);
        number.setId(id);
        number.getStyleClass().add("progress-tile-value");
        Label caption = new Label(Messages.get(captionKey));
        caption.getStyleClass().add("progress-tile-caption");
        VBox tile = new VBox(2, number, caption);
        tile.getStyleClass().add("progress-tile");
        tile.setFocusTraversable(true);
        tile.setAccessibleText(caption.getText() + ": " + value);
        return tile;
    }
}
