package com.followupcoach.ui.practice;

import com.followupcoach.ui.common.AppIcon;
import com.followupcoach.ui.common.Messages;
import com.followupcoach.vocabulary.Status;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import org.kordamp.ikonli.javafx.FontIcon;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * Two attempts side by side (one above the other in a narrow window): the older text with
 * removed words struck through, the newer with added words underlined (shape, not only
 * colour), then each criterion before → after. The letters take most of the height; the
 * table scrolls in what is left. Close (or Esc) goes back to the list.
 */
final class CompareView extends VBox {

    /** Below this width, in units of the font size, the two letters stand one above the other. */
    static final double SIDE_BY_SIDE_FROM_EM = 52;

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
            .withZone(ZoneId.systemDefault());

    private final Label beforeTitle = new Label();
    private final Label afterTitle = new Label();
    private final TextFlow before = new TextFlow();
    private final TextFlow after = new TextFlow();
    private final GridPane criteria = new GridPane();

    private final Button close = new Button(Messages.get("practice.compare.close"), FontIcon.of(AppIcon.CLOSE));
    private final javafx.scene.layout.Pane texts = new javafx.scene.layout.Pane();
    private final VBox beforeSide;
    private final VBox afterSide;
    private boolean stacked;

    CompareView(Runnable onClose) {
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
        close.setId("compare-close");
        close.setTooltip(new Tooltip(Messages.get("practice.compare.closeTip")));
        close.setMinWidth(USE_PREF_SIZE);
        close.setOnAction(e -> onClose.run());
        HBox.setHgrow(legend, Priority.ALWAYS);
        legend.setMaxWidth(Double.MAX_VALUE);
        HBox head = new HBox(12, legend, close);
        head.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        beforeSide = side(beforeTitle, before);
        afterSide = side(afterTitle, after);
        arrange(false);
        VBox.setVgrow(textsHolder, Priority.ALWAYS);
        Label criteriaTitle = new Label(Messages.get("practice.compare.criteria"));
        criteriaTitle.getStyleClass().add("section-title");
        ScrollPane table = new ScrollPane(criteria);
        table.setId("compare-table");
        table.setFitToWidth(true);
        table.getStyleClass().add("edge-to-edge");
        // The table is short; it gets up to a third of the height and scrolls beyond that.
        table.maxHeightProperty().bind(heightProperty().divide(3));
        table.setMinHeight(0);
        getChildren().addAll(head, textsHolder, criteriaTitle, table);
        widthProperty().addListener((obs, old, now) -> arrange(now.doubleValue() < SIDE_BY_SIDE_FROM_EM * close.getFont().getSize()));
    }

    private final javafx.scene.layout.StackPane textsHolder = new javafx.scene.layout.StackPane();

    /** Side by side, or one above the other. */
    private void arrange(boolean oneAboveTheOther) {
        if (oneAboveTheOther == stacked && !textsHolder.getChildren().isEmpty()) {
            return;
        }
        stacked = oneAboveTheOther;
        javafx.scene.layout.Pane box = oneAboveTheOther ? new VBox(12, beforeSide, afterSide) : new HBox(12, beforeSide, afterSide);
        for (VBox part : List.of(beforeSide, afterSide)) {
            HBox.setHgrow(part, Priority.ALWAYS);
            VBox.setVgrow(part, Priority.ALWAYS);
        }
        box.setId("compare-texts");
        box.getProperties().put("stacked", oneAboveTheOther);
        textsHolder.getChildren().setAll(box);
    }

    boolean stacked() {
        return stacked;
    }

    Button closeButton() {
        return close;
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
        scroll.setId(flow.getId() + "-scroll");
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(260);
        scroll.setMinHeight(80);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        VBox box = new VBox(6, title, scroll);
        box.setPrefWidth(400);
        box.setMinWidth(0);
        return box;
    }
}
