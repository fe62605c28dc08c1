package com.followupcoach.ui.progress;

import com.followupcoach.ui.common.Messages;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The last year as 53 weeks × 7 days of small squares; a practised day is a filled square,
 * any other day an outline, so the two differ in shape as well as colour. Off by default,
 * and it counts days, never streaks: the point is a record, not pressure.
 */
final class PracticeCalendar extends VBox {

    static final int WEEKS = 53;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM);

    PracticeCalendar(List<LocalDate> practised, LocalDate today) {
        setId("practice-calendar");
        getStyleClass().addAll("card", "progress-card");
        Label title = new Label(Messages.get("progress.calendar.title"));
        title.getStyleClass().add("section-title");
        Set<LocalDate> days = new HashSet<>(practised);
        // The last column is the current week (Monday first), so today sits bottom right.
        LocalDate firstMonday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(WEEKS - 1);
        long count = days.stream().filter(d -> !d.isBefore(firstMonday) && !d.isAfter(today)).count();
        Label summary = new Label(Messages.format("progress.calendar.summary", count));
        summary.setId("practice-calendar-summary");
        summary.setWrapText(true);
        summary.getStyleClass().add("muted");
        GridPane grid = grid(days, firstMonday, today);
        grid.setAccessibleText(summary.getText());
        getChildren().addAll(title, grid, summary);
    }

    private static GridPane grid(Set<LocalDate> practised, LocalDate firstMonday, LocalDate today) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("calendar-grid");
        for (int week = 0; week < WEEKS; week++) {
            LocalDate monday = firstMonday.plusWeeks(week);
            LocalDate firstOfMonth = monday.plusDays(6).withDayOfMonth(1);
            if (!firstOfMonth.isBefore(monday) && week < WEEKS - 2) {
                Label month = new Label(firstOfMonth.getMonth().getDisplayName(TextStyle.SHORT, Locale.getDefault()));
                month.getStyleClass().add("calendar-month");
                // A tiny preferred width: the label takes its three columns' room, never widens them.
                month.setMinWidth(0);
                month.setPrefWidth(1);
                month.setMaxWidth(Double.MAX_VALUE);
                grid.add(month, week, 0, 3, 1);
            }
            for (int day = 0; day < 7; day++) {
                LocalDate date = monday.plusDays(day);
                if (!date.isAfter(today)) {
                    grid.add(square(date, practised.contains(date)), week, day + 1);
                }
            }
        }
        return grid;
    }

    private static Region square(LocalDate date, boolean practised) {
        Region square = new Region();
        square.getStyleClass().addAll("calendar-day", practised ? "calendar-day-practised" : "calendar-day-idle");
        if (practised) {
            Tooltip.install(square, new Tooltip(Messages.format("progress.calendar.day", DAY.format(date))));
        }
        return square;
    }
}
