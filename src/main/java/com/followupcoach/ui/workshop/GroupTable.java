package com.followupcoach.ui.workshop;

import com.followupcoach.scoring.Criterion;
import com.followupcoach.scoring.Status;
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
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The group's letters side by side: the letter's label, its score and a mark for each
 * criterion. A mark is an icon of its own shape and a word, never a colour alone. Every
 * column sorts.
 */
final class GroupTable extends TableView<GroupLetter> {

    /** "Letter B" before "Letter AA", as the labels were given. */
    static final Comparator<String> LABEL_ORDER = Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder());

    GroupTable(ObservableBooleanValue showNames) {
        setId("group-table");
        getStyleClass().add("group-table");
        setColumnResizePolicy(CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
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
            getColumns().add(criterionColumn(criterion));
        }
        getItems().setAll(report.letters());
    }

    private static TableColumn<GroupLetter, Status> criterionColumn(Criterion criterion) {
        TableColumn<GroupLetter, Status> column = new TableColumn<>();
        Label header = new Label(CriterionNames.name(criterion));
        header.setWrapText(true);
        header.getStyleClass().add("group-column-header");
        column.setGraphic(header);
        column.setId("column-" + criterion.id());
        column.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue().status(criterion)));
        // Worst first when sorted ascending: missing, partly met, met, not assessed.
        column.setComparator(Comparator.comparingInt(GroupTable::severity));
        column.setCellFactory(c -> new StatusCell());
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
            Label word = new Label(Messages.get("workshop.group.mark." + status.id()));
            word.getStyleClass().add("status-word");
            HBox mark = new HBox(FontIcon.of(CriterionNames.icon(status)), word);
            mark.getStyleClass().add("status-mark");
            setGraphic(mark);
            setText(null);
            getStyleClass().add("status-" + status.id());
            setAccessibleText(CriterionNames.status(status));
        }
    }
}
