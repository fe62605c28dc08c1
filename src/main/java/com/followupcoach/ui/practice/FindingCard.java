package com.followupcoach.ui.practice;

import com.followupcoach.scoring.Finding;
import com.followupcoach.ui.common.Messages;
import java.util.function.Consumer;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** Explains the finding under the caret and offers its suggested wording. */
final class FindingCard extends VBox {

    private final Label severity = new Label();
    private final Label criterion = new Label();
    private final Label message = new Label();
    private final Label suggestion = new Label();
    private final Button apply = new Button(Messages.get("practice.finding.apply"));
    private Finding shown;

    FindingCard(Consumer<Finding> onApply) {
        setId("finding-card");
        getStyleClass().add("finding-card");
        severity.getStyleClass().add("severity-label");
        criterion.getStyleClass().add("muted");
        message.setId("finding-message");
        message.getStyleClass().add("finding-message");
        suggestion.setId("finding-suggestion");
        suggestion.getStyleClass().add("finding-suggestion");
        apply.setId("apply-suggestion");
        apply.setOnAction(e -> {
            if (shown != null) {
                onApply.accept(shown);
            }
        });
        getChildren().addAll(new HBox(8, severity, criterion), message, suggestion, apply);
        show(null);
    }

    void show(Finding finding) {
        shown = finding;
        setVisible(finding != null);
        setManaged(finding != null);
        if (finding == null) {
            return;
        }
        severity.setText(Messages.get("severity." + finding.severity().id()));
        severity.getStyleClass().removeIf(c -> c.startsWith("severity-") && !c.equals("severity-label"));
        severity.getStyleClass().add("severity-" + finding.severity().id());
        criterion.setText(CriterionNames.name(finding.criterion()));
        message.setText(finding.message());
        suggestion.setText(finding.suggestion().map(s -> Messages.format("practice.finding.suggestion", s)).orElse(""));
        suggestion.setVisible(finding.suggestion().isPresent());
        suggestion.setManaged(finding.suggestion().isPresent());
        apply.setVisible(finding.suggestion().isPresent());
        apply.setManaged(finding.suggestion().isPresent());
        setAccessibleText(severity.getText() + ", " + criterion.getText() + ": " + finding.message());
    }
}
