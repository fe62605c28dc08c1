package com.followupcoach.ui.workshop;

import com.followupcoach.scoring.group.CriterionTally;
import com.followupcoach.scoring.group.GroupReport;
import com.followupcoach.ui.common.Messages;
import com.followupcoach.ui.practice.CriterionNames;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;

/**
 * The criteria the class missed most, first: each row names the criterion and says, in
 * numbers, how many letters missed it and how many only partly met it. The cells' shade
 * deepens with the share of letters, but the numbers carry the meaning.
 */
final class ClassHeatmap extends GridPane {

    ClassHeatmap() {
        setId("class-heatmap");
        getStyleClass().add("class-heatmap");
        // Counts sit next to their criterion: across a room, a row stretched over the whole
        // screen is hard to follow from name to number.
        setMaxWidth(USE_PREF_SIZE);
    }

    void show(GroupReport report) {
        getChildren().clear();
        if (report == null || report.letters().isEmpty()) {
            return;
        }
        int letters = report.letters().size();
        add(heading("workshop.heatmap.criterion"), 0, 0);
        add(heading("workshop.heatmap.missing"), 1, 0);
        add(heading("workshop.heatmap.partial"), 2, 0);
        List<CriterionTally> rows = report.missedMost();
        for (int i = 0; i < rows.size(); i++) {
            CriterionTally tally = rows.get(i);
            Label name = new Label(CriterionNames.name(tally.criterion()));
            name.setId("heat-name-" + i);
            name.getStyleClass().add("heat-name");
            name.setWrapText(true);
            add(name, 0, i + 1);
            add(cell(tally.missing(), letters, "heat-missing-" + tally.criterion().id()), 1, i + 1);
            add(cell(tally.partial(), letters, "heat-partial-" + tally.criterion().id()), 2, i + 1);
        }
    }

    private static Label heading(String key) {
        Label label = new Label(Messages.get(key));
        label.getStyleClass().add("heat-heading");
        return label;
    }

    private static Label cell(int count, int of, String id) {
        Label cell = new Label(Messages.format("workshop.heatmap.count", count, of));
        cell.setId(id);
        cell.setMaxWidth(Double.MAX_VALUE);
        cell.getStyleClass().addAll("heat-cell", "heat-" + Math.round(4.0 * count / of));
        return cell;
    }
}
