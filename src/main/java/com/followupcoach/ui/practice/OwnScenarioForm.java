package com.followupcoach.ui.practice;

import com.followupcoach.ui.common.Messages;
import com.followupcoach.vocabulary.Medium;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * For the learner's real letter: the situation it answers, typed in (company, role,
 * interviewer, days since the rejection, e-mail or paper). It edits the view model's own
 * scenario, which is saved with the draft and given to the engine.
 */
final class OwnScenarioForm extends FlowPane {

    private static final int MAX_DAYS = 3650;

    private final ObjectProperty<OwnScenario> scenario;
    private final TextField company = field("own-company", "scenario.company");
    private final TextField role = field("own-role", "scenario.role");
    private final TextField interviewer = field("own-interviewer", "scenario.interviewer");
    private final TextField days = field("own-days", "practice.own.days");
    private final ChoiceBox<Medium> medium = new ChoiceBox<>();
    private boolean updatingFields;

    OwnScenarioForm(ObjectProperty<OwnScenario> scenario) {
        super(16, 8);
        this.scenario = scenario;
        setId("own-scenario-form");
        getStyleClass().add("own-scenario-form");
        // Only digits: an unknown number of days is an empty field, not a zero.
        days.setTextFormatter(new TextFormatter<>(change ->
                change.getControlNewText().matches("\\d{0,4}") ? change : null));
        days.setPrefColumnCount(4);
        medium.setId("own-medium");
        medium.getItems().setAll(Medium.values());
        medium.setConverter(new MediumNames());
        medium.setAccessibleText(Messages.get("scenario.medium"));
        getChildren().addAll(labelled(company, "scenario.company"), labelled(role, "scenario.role"),
                labelled(interviewer, "scenario.interviewer"), labelled(days, "practice.own.days"),
                labelled(medium, "scenario.medium"));
        show(scenario.get());
        scenario.addListener((obs, old, now) -> show(now));
        for (TextField field : new TextField[] {company, role, interviewer, days}) {
            field.textProperty().addListener((obs, old, now) -> edited());
        }
        medium.valueProperty().addListener((obs, old, now) -> edited());
    }

    private void show(OwnScenario own) {
        if (updatingFields || own == null) {
            return;
        }
        updatingFields = true;
        try {
            company.setText(own.company());
            role.setText(own.role());
            interviewer.setText(own.interviewer());
            days.setText(own.daysSinceRejection().map(String::valueOf).orElse(""));
            medium.setValue(own.medium());
        } finally {
            updatingFields = false;
        }
    }

    private void edited() {
        if (updatingFields) {
            return;
        }
        Optional<Integer> dayCount = days.getText().isBlank() ? Optional.empty()
                : Optional.of(Math.min(MAX_DAYS, Integer.parseInt(days.getText())));
        updatingFields = true;
        try {
            scenario.set(new OwnScenario(company.getText(), role.getText(), interviewer.getText(), dayCount,
                    medium.getValue()));
        } finally {
            updatingFields = false;
        }
    }

    private static TextField field(String id, String promptKey) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(Messages.get(promptKey));
        field.setAccessibleText(Messages.get(promptKey));
        field.setPrefColumnCount(14);
        return field;
    }

    private static VBox labelled(javafx.scene.control.Control control, String key) {
        Label name = new Label(Messages.get(key));
        name.getStyleClass().add("scenario-field-name");
        name.setLabelFor(control);
        return new VBox(2, name, control);
    }

    /** Names the media as the scenario card does. */
    private static final class MediumNames extends StringConverter<Medium> {
        @Override
        public String toString(Medium value) {
            return value == null ? "" : Messages.get(value == Medium.PAPER ? "scenario.medium.paper" : "scenario.medium.email");
        }

        @Override
        public Medium fromString(String text) {
            return null;
        }
    }
}
