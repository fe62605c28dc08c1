package com.followupcoach.ui.practice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.control.Label;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The history's chart: nothing drawn without attempts, and an attempt axis that counts attempts. */
class AttemptHistoryChartTest {

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void withoutAttemptsThereIsNoEmptyChartOnlyTheHint() throws Exception {
        AttemptHistoryView view = onFx(() -> new AttemptHistoryView(List.of()));

        assertThat(view.lookup("#score-chart").isVisible()).isFalse();
        assertThat(view.lookupAll(".label").stream().map(n -> ((Label) n).getText()))
                .anyMatch(text -> text.startsWith("No attempts yet"));
    }

    @Test
    void oneAttemptIsLabelledOneAndNoAttemptTwoIsInvented() throws Exception {
        AttemptHistoryView view = onFx(() -> new AttemptHistoryView(List.of(attempt(1, 55))));
        Node chart = view.lookup("#score-chart");
        NumberAxis axis = (NumberAxis) ((LineChart<?, ?>) chart).getXAxis();

        assertThat(chart.isVisible()).isTrue();
        assertThat(axis.getTickLabelFormatter().toString(1)).isEqualTo("1");
        assertThat(axis.getTickLabelFormatter().toString(2)).isEmpty();
        assertThat(axis.getTickLabelFormatter().toString(0)).isEmpty();
    }

    private static PracticeRecords.PastAttempt attempt(long id, int score) {
        return new PracticeRecords.PastAttempt(id, "Dear Ms Shah,", score, Instant.parse("2026-03-01T10:00:00Z"), List.of());
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> make) throws Exception {
        return WaitForAsyncUtils.asyncFx(make).get(10, TimeUnit.SECONDS);
    }
}
