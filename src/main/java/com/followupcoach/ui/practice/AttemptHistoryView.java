package com.followupcoach.ui.practice;

import com.followupcoach.ui.common.AppIcon;
import com.followupcoach.ui.common.Messages;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.beans.binding.Bindings;
import javafx.scene.Scene;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The attempts at one exercise: a list (date, score), the score over the attempts as a
 * small chart, and a comparison of any two the learner selects.
 */
final class AttemptHistoryView extends BorderPane {

    private final ListView<PracticeRecords.PastAttempt> list = new ListView<>();
    private final Button compare = new Button(Messages.get("practice.compare"), FontIcon.of(AppIcon.FILE_COMPARE));
    private final CompareView comparison = new CompareView(this::closeComparison);
    private final HBox listAndChart;

    AttemptHistoryView(List<PracticeRecords.PastAttempt> newestFirst) {
        setId("attempt-history");
        getStyleClass().add("attempt-history");
        list.setId("attempt-list");
        list.getItems().setAll(newestFirst);
        list.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        list.setCellFactory(view -> new AttemptCell());
        list.setPrefWidth(300);
        list.setPrefHeight(220);
        list.setAccessibleText(Messages.get("practice.history.list"));
        compare.setId("compare-attempts");
        compare.setDisable(true);
        compare.setOnAction(e -> compareSelected());
        list.getSelectionModel().getSelectedItems().addListener((ListChangeListener<PracticeRecords.PastAttempt>) c ->
                compare.setDisable(list.getSelectionModel().getSelectedItems().size() != 2));
        Label hint = new Label(Messages.get(newestFirst.isEmpty() ? "practice.history.empty" : "practice.history.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("muted");
        VBox left = new VBox(8, list, hint, compare);
        LineChart<Number, Number> chart = chart(newestFirst);
        HBox.setHgrow(chart, Priority.ALWAYS);
        // With nothing to draw, the hint says so; an empty chart would only show bare axes.
        chart.setVisible(!newestFirst.isEmpty());
        chart.setManaged(!newestFirst.isEmpty());
        listAndChart = new HBox(16, left, chart);
        setCenter(listAndChart);
        // Esc closes the comparison, and from the list closes the window.
        addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ESCAPE) {
                if (getCenter() == comparison) {
                    closeComparison();
                } else if (getScene() != null) {
                    getScene().getWindow().hide();
                }
                e.consume();
            }
        });
    }

    /** Back from the comparison to the list, with the same attempts selected. */
    private void closeComparison() {
        setCenter(listAndChart);
        compare.requestFocus();
    }

    /** Opens the history in its own window, styled like its owner, and following its theme and zoom. */
    static Stage open(Window owner, List<PracticeRecords.PastAttempt> newestFirst) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle(Messages.get("practice.history.title"));
        Scene scene = new Scene(new AttemptHistoryView(newestFirst), 1000, 720);
        if (owner != null && owner.getScene() != null) {
            Bindings.bindContent(scene.getStylesheets(), owner.getScene().getStylesheets());
            scene.getRoot().styleProperty().bind(owner.getScene().getRoot().styleProperty());
        }
        stage.setScene(scene);
        stage.show();
        return stage;
    }

    private void compareSelected() {
        List<PracticeRecords.PastAttempt> chosen = new ArrayList<>(list.getSelectionModel().getSelectedItems());
        if (chosen.size() == 2) {
            comparison.show(AttemptComparison.of(chosen.get(0), chosen.get(1)));
            // The comparison takes the whole window, so both letters are readable.
            setCenter(comparison);
            comparison.closeButton().requestFocus();
        }
    }

    private static LineChart<Number, Number> chart(List<PracticeRecords.PastAttempt> newestFirst) {
        // Half a step of room on either side, and a label on each attempt only (1…n), so a
        // single attempt sits in the middle instead of on an axis running from 1 to 2.
        int count = newestFirst.size();
        NumberAxis attempts = new NumberAxis(0, count + 1, 1);
        attempts.setLabel(Messages.get("practice.history.axis.attempt"));
        attempts.setMinorTickVisible(false);
        attempts.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number value) {
                int n = value.intValue();
                return n >= 1 && n <= count && n == value.doubleValue() ? String.valueOf(n) : "";
            }

            @Override
            public Number fromString(String text) {
                return Integer.valueOf(text);
            }
        });
        NumberAxis scores = new NumberAxis(0, 100, 20);
        scores.setLabel(Messages.get("practice.history.axis.score"));
        XYChart.Series<Number, Number> series = new XYChart.Series<>();
        series.setName(Messages.get("practice.history.axis.score"));
        for (int i = 0; i < newestFirst.size(); i++) {
            PracticeRecords.PastAttempt attempt = newestFirst.get(newestFirst.size() - 1 - i);
            series.getData().add(new XYChart.Data<>(i + 1, attempt.score()));
        }
        LineChart<Number, Number> chart = new LineChart<>(attempts, scores);
        chart.setId("score-chart");
        chart.getData().add(series);
        chart.setLegendVisible(false);
        chart.setAnimated(false);
        chart.setPrefHeight(260);
        chart.setAccessibleText(Messages.format("practice.history.chart", newestFirst.size()));
        return chart;
    }

    /** One attempt: when, and the score. */
    private static final class AttemptCell extends ListCell<PracticeRecords.PastAttempt> {
        @Override
        protected void updateItem(PracticeRecords.PastAttempt item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null
                    : Messages.format("practice.history.item", CompareView.WHEN.format(item.submittedAt()), item.score()));
        }
    }
}
