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
        // Room on each side and above 100 (unlabelled), so no point is cut in half at an edge.
        NumberAxis x = new NumberAxis(0, points.size() + 1, tickUnit(points.size()));
        x.setLabel(Messages.get("progress.scores.xAxis"));
        x.setMinorTickVisible(false);
        x.setTickLabelFormatter(new Ticks(1, 1, points.size()));
        NumberAxis y = new NumberAxis(0, 120, 20);
        y.setTickLabelFormatter(new Ticks(20, 0, 100));
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
            // The chart binds each symbol's accessible text itself; the chart's own text reads the scores.
            Tooltip.install(series.getData().get(i).getNode(), new Tooltip(text));
        }
        chart.setFocusTraversable(true);
        chart.setAccessibleText(Messages.format("progress.scores.accessible", points.size(),
                points.stream().map(p -> Integer.toString(p.score())).collect(Collectors.joining(", "))));
        return chart;
    }

    /** Few enough tick labels to stay apart on a small window. */
    private static int tickUnit(int count) {
        return count <= 10 ? 1 : count <= 20 ? 2 : 5;
    }

    /** Labels only the ticks that mean something: whole multiples of a step, inside the data's range. */
    private static final class Ticks extends StringConverter<Number> {
        private final int step;
        private final int min;
        private final int max;

        Ticks(int step, int min, int max) {
            this.step = step;
            this.min = min;
            this.max = max;
        }

        @Override
        public String toString(Number value) {
            double v = value.doubleValue();
            boolean shown = v == Math.rint(v) && v >= min && v <= max && ((int) v % step == 0 || step == 1);
            return shown ? Integer.toString((int) v) : "";
        }

        @Override
        public Number fromString(String text) {
            return Integer.valueOf(text);
        }
    }
}
