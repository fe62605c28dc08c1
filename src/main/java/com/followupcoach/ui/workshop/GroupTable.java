package com.followupcoach.ui.workshop;

import com.followupcoach.vocabulary.Criterion;
import com.followupcoach.vocabulary.Status;
import com.followupcoach.scoring.group.GroupLetter;
import com.followupcoach.scoring.group.GroupReport;
import com.followupcoach.ui.common.Messages;
import com.followupcoach.ui.practice.CriterionNames;
import java.util.Comparator;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.Group;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The group's letters side by side: the letter's label, its score and a mark for each
 * criterion. A mark is an icon of its own shape, named in the legend under the table, so
 * it never relies on colour alone. Every column sorts.
 */
final class GroupTable extends TableView<GroupLetter> {

    /** "Letter B" before "Letter AA", as the labels were given. */
    static final Comparator<String> LABEL_ORDER = Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder());

    private static final double LETTER_SHARE = 0.14;
    private static final double SCORE_SHARE = 0.08;

    GroupTable(ObservableBooleanValue showNames) {
        setId("group-table");
        getStyleClass().add("group-table");
        setColumnResizePolicy(UNCONSTRAINED_RESIZE_POLICY);
        setPlaceholder(new Label(Messages.get("workshop.group.empty")));
        TableColumn<GroupLetter, String> letter = new TableColumn<>(Messages.get("workshop.group.column.letter"));
        letter.setId("column-letter");
        letter.setCellValueFactory(row -> showNames.get() ? new ReadOnlyObjectWrapper<>(row.getValue().name())
                : new ReadOnlyObjectWrapper<>(Messages.format("workshop.group.letter", row.getValue().label())));
        letter.setComparator(LABEL_ORDER);
        TableColumn<GroupLetter, Integer> score = new TableColumn<>(Messages.get("workshop.group.column.score"));
        score.setId("column-score");
        score.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue().score()));
        score.getStyleClass().add("score-column");
        // The label and score stay narrow; the room's attention is on the criteria.
        letter.prefWidthProperty().bind(widthProperty().multiply(LETTER_SHARE));
        score.prefWidthProperty().bind(widthProperty().multiply(SCORE_SHARE));
        getColumns().add(letter);
        getColumns().add(score);
        showNames.addListener((obs, was, now) -> refresh());
    }

    void show(GroupReport report) {
        getColumns().remove(2, getColumns().size());
        if (report == null) {
            getItems().clear();
            return;
        }
        for (Criterion criterion : report.criteria()) {
            getColumns().add(criterionColumn(criterion, report.criteria().size()));
        }
        getItems().setAll(report.letters());
    }

    private TableColumn<GroupLetter, Status> criterionColumn(Criterion criterion, int columns) {
        TableColumn<GroupLetter, Status> column = new TableColumn<>();
        // Fourteen names side by side fit a projector only turned on their side, as in a heatmap.
        Label header = new Label(CriterionNames.name(criterion));
        header.getStyleClass().add("group-column-header");
        header.setRotate(-90);
        column.setGraphic(new Group(header));
        column.setId("column-" + criterion.id());
        column.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue().status(criterion)));
        // Worst first when sorted ascending: missing, partly met, met, not assessed.
        column.setComparator(Comparator.comparingInt(GroupTable::severity));
        column.setCellFactory(c -> new StatusCell());
        // The columns share the width left, less room for a scroll bar, so all fit the screen.
        column.prefWidthProperty().bind(widthProperty().multiply(1 - LETTER_SHARE - SCORE_SHARE).subtract(24).divide(columns));
        return column;
    }

    private static int severity(Status status) {
        return switch (status) {
            case MISSING -> 0;
            case PARTIAL -> 1;
            case MET -> 2;
            case NOT_ASSESSED -> 3;
        };
    }

    /** A status as its own icon shape and a short word. */
    private static final class StatusCell extends TableCell<GroupLetter, Status> {
        @Override
        protected void updateItem(Status status, boolean empty) {
            super.updateItem(status, empty);
            getStyleClass().removeIf(s -> s.startsWith("status-"));
            if (empty || status == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            // The icon's shape tells the status (tick, exclamation, cross, dash); the legend names them.
            FontIcon mark = FontIcon.of(CriterionNames.icon(status));
            mark.getStyleClass().add("status-mark");
            setGraphic(mark);
            setText(null);
            getStyleClass().add("status-" + status.id());
            setAccessibleText(CriterionNames.status(status));
        }
    }
}
