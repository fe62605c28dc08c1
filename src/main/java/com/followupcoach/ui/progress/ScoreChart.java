package com.followupcoach.ui.progress;

import com.followupcoach.ui.common.Messages;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.stream.Collectors;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * Letter scores over the recent attempts, oldest on the left. One series only, so no
 * meaning hangs on a colour; each point tells its letter, score and date in a tooltip, and
 * the chart reads out the scores in order for a screen reader.
 */
final class ScoreChart extends VBox {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
            .withZone(ZoneId.systemDefault());

    ScoreChart(List<ProgressReport.ChartPoint> points) {
        getStyleClass().addAll("card", "progress-card");
        Label title = new Label(Messages.get("progress.scores.title"));
        title.getStyleClass().add("section-title");
        getChildren().add(title);
        if (points.isEmpty()) {
            Label none = new Label(Messages.get("progress.scores.none"));
            none.setId("score-chart-empty");
            none.getStyleClass().add("muted");
            none.setWrapText(true);
            getChildren().add(none);
        } else {
            getChildren().add(chart(points));
        }
    }

    private static LineChart<Number, Number> chart(List<ProgressReport.ChartPoint> points) {
        NumberAxis x = new NumberAxis(1, Math.max(2, points.size()), points.size() > 15 ? 5 : 1);
        x.setLabel(Messages.get("progress.scores.xAxis"));
        x.setMinorTickVisible(false);
        x.setTickLabelFormatter(new WholeNumbers());
        NumberAxis y = new NumberAxis(0, 100, 20);
        y.setLabel(Messages.get("progress.scores.yAxis"));
        y.setMinorTickVisible(false);
        LineChart<Number, Number> chart = new LineChart<>(x, y);
        chart.setId("score-chart");
        chart.getStyleClass().add("score-chart");
        chart.setAnimated(false);
        chart.setLegendVisible(false);
        chart.setMinHeight(220);
        chart.setPrefHeight(260);
        XYChart.Series<Number, Number> series = new XYChart.Series<>();
        for (ProgressReport.ChartPoint point : points) {
            series.getData().add(new XYChart.Data<>(point.number(), point.score()));
        }
        chart.getData().add(series);
        // The symbols exist once the series is in the chart; each explains its point.
        for (int i = 0; i < points.size(); i++) {
            ProgressReport.ChartPoint point = points.get(i);
            String text = Messages.format("progress.scores.point", point.number(), point.exerciseTitle(), point.score(),
                    WHEN.format(point.submittedAt()));
            var node = series.getData().get(i).getNode();
            Tooltip.install(node, new Tooltip(text));
            node.setAccessibleText(text);
        }
        chart.setFocusTraversable(true);
        chart.setAccessibleText(Messages.format("progress.scores.accessible", points.size(),
                points.stream().map(p -> Integer.toString(p.score())).collect(Collectors.joining(", "))));
        return chart;
    }

    /** Attempts are counted, so the axis shows whole numbers only. */
    private static final class WholeNumbers extends StringConverter<Number> {
        @Override
        public String toString(Number value) {
            return value.doubleValue() == Math.rint(value.doubleValue()) ? Integer.toString(value.intValue()) : "";
        }

        @Override
        public Number fromString(String text) {
            return Integer.valueOf(text);
        }
    }
}
