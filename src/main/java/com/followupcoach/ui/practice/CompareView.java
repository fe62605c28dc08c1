package com.followupcoach.ui.practice;

import com.followupcoach.ui.common.Messages;
import com.followupcoach.vocabulary.Status;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * Two attempts side by side: the older text with removed words struck through, the newer
 * with added words underlined (shape, not only colour), then each criterion before → after.
 */
final class CompareView extends VBox {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
            .withZone(ZoneId.systemDefault());

    private final Label beforeTitle = new Label();
    private final Label afterTitle = new Label();
    private final TextFlow before = new TextFlow();
    private final TextFlow after = new TextFlow();
    private final GridPane criteria = new GridPane();

    CompareView() {
        setId("compare-view");
        getStyleClass().add("compare-view");
        setSpacing(10);
        before.setId("compare-before");
        after.setId("compare-after");
        criteria.setId("compare-criteria");
        criteria.getStyleClass().add("compare-criteria");
        criteria.setHgap(16);
        criteria.setVgap(4);
        ColumnConstraints grow = new ColumnConstraints();
        grow.setHgrow(Priority.ALWAYS);
        criteria.getColumnConstraints().addAll(grow, new ColumnConstraints(), new ColumnConstraints());
        Label legend = new Label(Messages.get("practice.compare.legend"));
        legend.getStyleClass().add("muted");
        legend.setWrapText(true);
        HBox texts = new HBox(12, side(beforeTitle, before), side(afterTitle, after));
        VBox.setVgrow(texts, Priority.ALWAYS);
        Label criteriaTitle = new Label(Messages.get("practice.compare.criteria"));
        criteriaTitle.getStyleClass().add("section-title");
        getChildren().addAll(legend, texts, criteriaTitle, criteria);
    }

    void show(AttemptComparison comparison) {
        beforeTitle.setText(title(comparison.before()));
        afterTitle.setText(title(comparison.after()));
        fill(before, comparison.text().before());
        fill(after, comparison.text().after());
        before.setAccessibleText(beforeTitle.getText() + ". " + comparison.before().text());
        after.setAccessibleText(afterTitle.getText() + ". " + comparison.after().text());
        criteria.getChildren().clear();
        int row = 0;
        for (AttemptComparison.CriterionChange change : comparison.criteria()) {
            Label name = new Label(CriterionNames.name(change.criterion()));
            Label statuses = new Label(Messages.format("practice.compare.status",
                    status(change.before()), status(change.after())));
            Label delta = new Label(change.pointsDelta() == 0 ? "±0"
                    : (change.pointsDelta() > 0 ? "+" : "−") + Math.abs(change.pointsDelta()));
            statuses.setId("change-" + change.criterion().id());
            String look = change.changed() ? "criterion-changed" : "criterion-unchanged";
            for (Label label : List.of(name, statuses, delta)) {
                label.getStyleClass().add(look);
            }
            delta.getStyleClass().add(change.pointsDelta() > 0 ? "delta-up" : change.pointsDelta() < 0 ? "delta-down" : "delta-none");
            criteria.addRow(row++, name, statuses, delta);
        }
    }

    private static String title(PracticeRecords.PastAttempt attempt) {
        return Messages.format("practice.history.item", WHEN.format(attempt.submittedAt()), attempt.score());
    }

    private static String status(Optional<Status> status) {
        return status.map(CriterionNames::status).orElse("–");
    }

    private static void fill(TextFlow flow, List<WordDiff.Piece> pieces) {
        flow.getChildren().clear();
        for (WordDiff.Piece piece : pieces) {
            Text text = new Text(piece.text());
            text.getStyleClass().addAll("diff-text", "diff-" + piece.kind().name().toLowerCase(java.util.Locale.ROOT));
            flow.getChildren().add(text);
        }
    }

    private static VBox side(Label title, TextFlow flow) {
        title.getStyleClass().add("compare-title");
        flow.getStyleClass().add("compare-text");
        ScrollPane scroll = new ScrollPane(flow);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(260);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        VBox box = new VBox(6, title, scroll);
        HBox.setHgrow(box, Priority.ALWAYS);
        box.setPrefWidth(400);
        return box;
    }
}
