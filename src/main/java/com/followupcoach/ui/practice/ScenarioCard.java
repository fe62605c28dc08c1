package com.followupcoach.ui.practice;

import com.followupcoach.ui.common.Messages;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/**
 * The exercise's brief and scenario, beside the editor while the learner writes. Short
 * facts flow side by side and wrap with the window; long ones take a line of their own.
 * For the learner's real letter it holds the form for their own scenario instead.
 */
final class ScenarioCard extends VBox {

    private static final int LONG_FACT = 60;

    private final Label brief = new Label();
    private final FlowPane shortFacts = new FlowPane(24, 6);
    private final VBox longFacts = new VBox(6);

    private final OwnScenarioForm ownScenario;

    ScenarioCard(OwnScenarioForm ownScenario) {
        this.ownScenario = ownScenario;
        setId("scenario-card");
        getStyleClass().addAll("card", "scenario-card");
        brief.setId("task-brief");
        brief.setWrapText(true);
        getChildren().addAll(brief, shortFacts, longFacts, ownScenario);
    }

    void show(WritingTask task) {
        shortFacts.getChildren().clear();
        longFacts.getChildren().clear();
        // The learner's own letter has no scenario of ours: they type theirs in.
        boolean own = task != null && task.ownLetter();
        ownScenario.setVisible(own);
        ownScenario.setManaged(own);
        if (task == null) {
            brief.setText(Messages.get("practice.noTask"));
            return;
        }
        brief.setText(task.brief());
        for (WritingTask.ScenarioFact fact : task.facts()) {
            Label name = new Label(fact.label());
            name.getStyleClass().add("scenario-field-name");
            Label value = new Label(fact.value());
            value.setWrapText(true);
            VBox box = new VBox(1, name, value);
            if (fact.value().length() > LONG_FACT) {
                longFacts.getChildren().add(box);
            } else {
                shortFacts.getChildren().add(box);
            }
        }
    }
}
