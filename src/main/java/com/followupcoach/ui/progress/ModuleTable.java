package com.followupcoach.ui.progress;

import com.followupcoach.ui.common.Messages;
import com.followupcoach.ui.lessons.LessonStatus;
import java.util.OptionalInt;
import javafx.geometry.HPos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** Per module: lesson status, best and latest quiz result, and mastery. */
final class ModuleTable extends VBox {

    ModuleTable(ProgressReport report) {
        getStyleClass().addAll("card", "progress-card");
        setId("module-progress");
        Label title = new Label(Messages.get("progress.modules.title"));
        title.getStyleClass().add("section-title");
        GridPane grid = new GridPane();
        grid.getStyleClass().add("progress-module-grid");
        ColumnConstraints name = new ColumnConstraints();
        name.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().add(name);
        String[] headings = {"module", "lesson", "quizBest", "quizLatest", "mastery"};
        for (int column = 0; column < headings.length; column++) {
            Label heading = new Label(Messages.get("progress.modules." + headings[column]));
            heading.getStyleClass().add("progress-column-heading");
            grid.add(heading, column, 0);
        }
        int row = 1;
        for (ProgressReport.ModuleProgress module : report.modules()) {
            addRow(grid, row++, module);
        }
        getChildren().addAll(title, grid);
    }

    private static void addRow(GridPane grid, int row, ProgressReport.ModuleProgress module) {
        Label name = new Label(module.title());
        name.setId("module-progress-" + module.moduleId());
        name.getStyleClass().add("progress-module-name");
        name.setWrapText(true);
        String statusText = Messages.get("lessons.status." + module.status().name().toLowerCase());
        Label status = new Label(statusText, FontIcon.of(module.status().icon()));
        status.setId("module-status-" + module.moduleId());
        status.getStyleClass().addAll("lesson-status", "lesson-status-" + module.status().name().toLowerCase());
        Label best = new Label(percent(module.quizBest()));
        Label latest = new Label(percent(module.quizLatest()));
        Label masteryText = new Label(percent(module.mastery()));
        masteryText.setId("module-mastery-" + module.moduleId());
        ProgressBar bar = new ProgressBar(module.mastery().orElse(0) / 100.0);
        bar.getStyleClass().add("mastery-bar");
        HBox mastery = new HBox(8, bar, masteryText);
        mastery.getStyleClass().add("progress-mastery");
        grid.addRow(row, name, status, best, latest, mastery);
        GridPane.setHalignment(best, HPos.RIGHT);
        GridPane.setHalignment(latest, HPos.RIGHT);
        name.setAccessibleText(Messages.format("progress.modules.accessible", module.title(), statusText,
                best.getText(), latest.getText(), masteryText.getText()));
    }

    private static String percent(OptionalInt value) {
        return value.isPresent() ? Messages.format("progress.modules.percent", value.getAsInt())
                : Messages.get("progress.modules.none");
    }
}
