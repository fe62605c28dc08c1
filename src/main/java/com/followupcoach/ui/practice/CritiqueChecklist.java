package com.followupcoach.ui.practice;

import com.followupcoach.vocabulary.CriterionResult;
import com.followupcoach.vocabulary.Critique;
import javafx.scene.control.Label;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** One row per criterion: status icon, name, points; expands to the explanation. */
final class CritiqueChecklist extends VBox {

    CritiqueChecklist() {
        setId("checklist");
        getStyleClass().add("checklist");
    }

    void show(Critique critique) {
        getChildren().clear();
        if (critique == null) {
            return;
        }
        for (CriterionResult result : critique.criteria()) {
            getChildren().add(row(result));
        }
    }

    private static TitledPane row(CriterionResult result) {
        FontIcon icon = FontIcon.of(CriterionNames.icon(result.status()));
        Label name = new Label(CriterionNames.name(result.criterion()));
        name.getStyleClass().add("criterion-name");
        HBox.setHgrow(name, Priority.ALWAYS);
        name.setMaxWidth(Double.MAX_VALUE);
        Label points = new Label(result.max() == 0 ? "" : result.points() + "/" + result.max());
        points.getStyleClass().add("criterion-points");
        HBox header = new HBox(icon, name, points);
        header.getStyleClass().addAll("checklist-row", "status-" + result.status().id());

        Label detail = new Label(result.message());
        detail.getStyleClass().add("criterion-detail");
        detail.setWrapText(true);

        TitledPane pane = new TitledPane(null, detail);
        pane.setGraphic(header);
        pane.setExpanded(false);
        pane.setAnimated(false);
        pane.setId("criterion-" + result.criterion().id());
        pane.getProperties().put("status", result.status());
        pane.getStyleClass().add("dense");
        pane.setAccessibleText(CriterionNames.name(result.criterion()) + ": "
                + CriterionNames.status(result.status()) + ". " + result.message());
        return pane;
    }
}
