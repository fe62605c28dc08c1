package com.followupcoach.ui.progress;

import com.followupcoach.ui.common.Messages;
import com.followupcoach.ui.practice.CriterionNames;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * How often each check was missed, as horizontal bars built from regions (themed by CSS,
 * unlike a BarChart's fixed palette). The count is written beside every bar, so the
 * length is never the only way to read it.
 */
final class MissesChart extends VBox {

    MissesChart(List<ProgressData.CriterionMisses> misses) {
        setId("misses-chart");
        getStyleClass().addAll("card", "progress-card");
        Label title = new Label(Messages.get("progress.misses.title"));
        title.getStyleClass().add("section-title");
        Label caption = new Label(Messages.get(misses.isEmpty() ? "progress.misses.none" : "progress.misses.caption"));
        caption.getStyleClass().add("muted");
        caption.setWrapText(true);
        getChildren().addAll(title, caption);
        if (!misses.isEmpty()) {
            getChildren().add(bars(misses));
        }
    }

    private static GridPane bars(List<ProgressData.CriterionMisses> misses) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("misses-grid");
        ColumnConstraints names = new ColumnConstraints();
        ColumnConstraints track = new ColumnConstraints();
        track.setHgrow(Priority.ALWAYS);
        track.setMinWidth(60);
        grid.getColumnConstraints().addAll(names, track, new ColumnConstraints());
        int row = 0;
        for (ProgressData.CriterionMisses miss : misses) {
            Label name = new Label(CriterionNames.name(miss.criterion()));
            name.getStyleClass().add("miss-name");
            name.setMinWidth(Region.USE_PREF_SIZE);
            Label count = new Label(Messages.format("progress.misses.count", miss.missed(), miss.assessed()));
            count.setId("miss-" + miss.criterion().id());
            count.getStyleClass().add("miss-count");
            count.setMinWidth(Region.USE_PREF_SIZE);
            count.setAccessibleText(Messages.format("progress.misses.accessible", name.getText(), miss.missed(), miss.assessed()));
            grid.addRow(row++, name, bar(miss.missed() / (double) miss.assessed()), count);
        }
        return grid;
    }

    private static StackPane bar(double fraction) {
        Region fill = new Region();
        fill.getStyleClass().add("miss-bar");
        Region background = new Region();
        background.getStyleClass().add("miss-track");
        StackPane track = new StackPane(background, fill);
        track.setAlignment(Pos.CENTER_LEFT);
        fill.maxWidthProperty().bind(track.widthProperty().multiply(fraction));
        fill.setMinWidth(0);
        return track;
    }
}
