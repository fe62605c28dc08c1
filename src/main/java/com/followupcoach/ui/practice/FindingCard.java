package com.followupcoach.ui.practice;

import com.followupcoach.ui.common.AppIcon;
import com.followupcoach.ui.common.Messages;
import com.followupcoach.vocabulary.Finding;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Explains one finding: what is wrong, why the criterion matters, the suggested wording,
 * and the lesson that teaches it. Shown below the editor for the finding at the caret, and
 * in a popup for the finding under the mouse; {@code idPrefix} keeps their ids apart.
 */
final class FindingCard extends VBox {

    private final Label severity = new Label();
    private final Label criterion = new Label();
    private final Label message = new Label();
    private final Label why = new Label();
    private final Label suggestion = new Label();
    private final Button apply = new Button(Messages.get("practice.finding.apply"), FontIcon.of(AppIcon.SWAP_HORIZONTAL));
    private final Button dismiss = new Button(Messages.get("practice.finding.dismiss"), FontIcon.of(AppIcon.FLAG_REMOVE_OUTLINE));
    private final Hyperlink lesson = new Hyperlink();
    private FindingExplanation shown;

    FindingCard(String idPrefix, FindingActions actions) {
        setId(idPrefix + "finding-card");
        getStyleClass().add("finding-card");
        severity.getStyleClass().add("severity-label");
        criterion.getStyleClass().add("muted");
        message.setId(idPrefix + "finding-message");
        message.getStyleClass().add("finding-message");
        why.setId(idPrefix + "finding-why");
        why.getStyleClass().add("finding-why");
        suggestion.setId(idPrefix + "finding-suggestion");
        suggestion.getStyleClass().add("finding-suggestion");
        apply.setId(idPrefix + "apply-suggestion");
        apply.setOnAction(e -> act(() -> actions.apply(shown.finding())));
        dismiss.setId(idPrefix + "dismiss-finding");
        dismiss.getStyleClass().add("flat");
        dismiss.setOnAction(e -> act(() -> actions.dismiss(shown.finding())));
        lesson.setId(idPrefix + "finding-lesson");
        lesson.setOnAction(e -> act(() -> shown.lessonId().ifPresent(actions::openLesson)));
        for (Label label : new Label[] {message, why, suggestion}) {
            label.setWrapText(true);
            label.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        HBox buttons = new HBox(8, apply, dismiss, lesson);
        buttons.getStyleClass().add("finding-actions");
        getChildren().addAll(new HBox(8, severity, criterion), message, why, suggestion, buttons);
        show(null);
    }

    void show(FindingExplanation explanation) {
        shown = explanation;
        setVisible(explanation != null);
        setManaged(explanation != null);
        if (explanation == null) {
            return;
        }
        Finding finding = explanation.finding();
        severity.setText(Messages.get("severity." + finding.severity().id()));
        severity.getStyleClass().removeIf(c -> c.startsWith("severity-") && !c.equals("severity-label"));
        severity.getStyleClass().add("severity-" + finding.severity().id());
        criterion.setText(CriterionNames.name(finding.criterion()));
        message.setText(finding.message());
        why.setText(explanation.why().isBlank() ? "" : Messages.format("practice.finding.why", explanation.why()));
        showIf(why, !explanation.why().isBlank());
        suggestion.setText(finding.suggestion().map(s -> offer(finding)).orElse(""));
        showIf(suggestion, finding.suggestion().isPresent());
        showIf(apply, finding.suggestion().isPresent());
        apply.setText(Messages.get(finding.suggestsRemoval() ? "practice.finding.applyRemoval" : "practice.finding.apply"));
        lesson.setText(explanation.lessonTitle().map(t -> Messages.format("practice.finding.lesson", t)).orElse(""));
        showIf(lesson, explanation.lessonTitle().isPresent());
        setAccessibleText(describe(explanation));
    }

    /** What a screen reader says for a finding: severity, criterion, message and the fix. */
    static String describe(FindingExplanation explanation) {
        Finding finding = explanation.finding();
        String text = Messages.format("practice.finding.accessible", Messages.get("severity." + finding.severity().id()),
                CriterionNames.name(finding.criterion()), finding.message());
        return finding.suggestion().map(s -> text + " " + offer(finding)).orElse(text);
    }

    /** The suggestion as the card words it: the new wording, or advice to remove the sentence. */
    static String offer(Finding finding) {
        return finding.suggestsRemoval() ? Messages.get("practice.finding.remove")
                : Messages.format("practice.finding.suggestion", finding.suggestion().orElse(""));
    }

    private void act(Runnable action) {
        if (shown != null) {
            action.run();
        }
    }

    private static void showIf(javafx.scene.Node node, boolean visible) {
        node.setVisible(visible);
        node.setManaged(visible);
    }
}
