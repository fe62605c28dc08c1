package com.followupcoach.ui.practice;

import com.followupcoach.vocabulary.CriterionResult;
import com.followupcoach.vocabulary.Critique;
import com.followupcoach.vocabulary.Criterion;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.scene.control.Label;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * One row per criterion: status icon, name, points; expands to the explanation. A row is
 * kept from one critique to the next and only its content changes, so what the learner
 * opened stays open (and a focused row keeps the focus) while the letter is re-scored.
 */
final class CritiqueChecklist extends VBox {

    private final Map<Criterion, Row> rows = new EnumMap<>(Criterion.class);

    CritiqueChecklist() {
        setId("checklist");
        getStyleClass().add("checklist");
    }

    void show(Critique critique) {
        if (critique == null) {
            getChildren().clear();
            return;
        }
        List<TitledPane> shown = new ArrayList<>();
        for (CriterionResult result : critique.criteria()) {
            Row row = rows.computeIfAbsent(result.criterion(), Row::new);
            row.show(result);
            shown.add(row.pane);
        }
        if (!getChildren().equals(shown)) {
            getChildren().setAll(shown);
        }
    }

    /** A criterion's row: made once, then refreshed with each critique. */
    private static final class Row {
        final TitledPane pane = new TitledPane();
        final FontIcon icon = new FontIcon();
        final Label name = new Label();
        final Label points = new Label();
        final HBox header = new HBox(icon, name, points);
        final Label detail = new Label();

        Row(Criterion criterion) {
            name.setText(CriterionNames.name(criterion));
            name.getStyleClass().add("criterion-name");
            HBox.setHgrow(name, Priority.ALWAYS);
            name.setMaxWidth(Double.MAX_VALUE);
            points.getStyleClass().add("criterion-points");
            detail.getStyleClass().add("criterion-detail");
            detail.setWrapText(true);
            pane.setContent(detail);
            pane.setGraphic(header);
            pane.setExpanded(false);
            pane.setAnimated(false);
            pane.setId("criterion-" + criterion.id());
            pane.getStyleClass().add("dense");
        }

        void show(CriterionResult result) {
            icon.setIconCode(CriterionNames.icon(result.status()));
            points.setText(result.max() == 0 ? "" : result.points() + "/" + result.max());
            header.getStyleClass().setAll("checklist-row", "status-" + result.status().id());
            detail.setText(result.message());
            pane.getProperties().put("status", result.status());
            pane.setAccessibleText(CriterionNames.name(result.criterion()) + ": "
                    + CriterionNames.status(result.status()) + ". " + result.message());
        }
    }
}
