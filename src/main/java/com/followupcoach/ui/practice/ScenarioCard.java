package com.followupcoach.ui.practice;

import com.followupcoach.ui.common.Messages;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The exercise's brief and scenario, beside the editor while the learner writes. */
final class ScenarioCard extends VBox {

    private final Label title = new Label();
    private final Label brief = new Label();
    private final GridPane facts = new GridPane();

    ScenarioCard() {
        setId("scenario-card");
        getStyleClass().addAll("card", "scenario-card");
        title.getStyleClass().add("section-title");
        title.setId("task-title");
        brief.setWrapText(true);
        facts.setHgap(12);
        facts.setVgap(4);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(USE_PREF_SIZE);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        facts.getColumnConstraints().addAll(labels, values);
        getChildren().addAll(title, brief, facts);
    }

    void show(WritingTask task) {
        facts.getChildren().clear();
        if (task == null) {
            title.setText(Messages.get("practice.noTask"));
            brief.setText("");
            return;
        }
        title.setText(task.title());
        brief.setText(task.brief());
        int row = 0;
        for (WritingTask.ScenarioFact fact : task.facts()) {
            Label name = new Label(fact.label());
            name.getStyleClass().add("scenario-field-name");
            Label value = new Label(fact.value());
            value.setWrapText(true);
            facts.addRow(row++, name, value);
        }
    }
}
