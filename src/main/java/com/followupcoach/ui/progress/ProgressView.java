package com.followupcoach.ui.progress;

import com.followupcoach.ui.common.FirstFocus;
import com.followupcoach.ui.common.Messages;
import java.time.LocalDate;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The Progress page: headline numbers, what to practise next, the two charts, the module
 * table and, if the learner wants it, the practice-days calendar. Redrawn whole from each
 * new report: it is small, and a redraw cannot leave a stale piece behind.
 */
public final class ProgressView extends ScrollPane {

    private final ProgressViewModel model;
    private final VBox body = new VBox();
    private final Label status = new Label();

    /** @param learner the active learner's name, shown under the title */
    public ProgressView(ProgressViewModel model, ObservableValue<String> learner) {
        this.model = model;
        setId("progress-page");
        setFitToWidth(true);
        getStyleClass().add("edge-to-edge");
        VBox page = new VBox(header(learner), status, body);
        page.getStyleClass().addAll("page", "progress-page");
        body.getStyleClass().add("progress-body");
        setContent(page);
        status.setId("progress-status");
        status.getStyleClass().add("muted");
        status.setWrapText(true);
        status.textProperty().bind(model.errorProperty().map(e -> e.isEmpty() ? Messages.get("progress.loading")
                : Messages.format("progress.loadFailed", e)));
        status.visibleProperty().bind(model.errorProperty().isNotEmpty()
                .or(model.loadingProperty().and(model.reportProperty().isNull())));
        status.managedProperty().bind(status.visibleProperty());
        model.reportProperty().addListener((obs, old, now) -> show(now));
        model.practiceDaysShownProperty().addListener((obs, old, now) -> show(model.reportProperty().get()));
        show(model.reportProperty().get());
    }

    private HBox header(ObservableValue<String> learner) {
        Label title = new Label(Messages.get("progress.title"));
        title.getStyleClass().add("page-title");
        Label who = new Label();
        who.setId("progress-learner");
        who.getStyleClass().add("page-subtitle");
        who.textProperty().bind(learner.map(name -> Messages.format("progress.of", name)));
        VBox titles = new VBox(2, title, who);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        CheckBox calendar = new CheckBox(Messages.get("progress.calendar.toggle"));
        calendar.setId("show-practice-days");
        calendar.setTooltip(new Tooltip(Messages.get("progress.calendar.toggle.tooltip")));
        calendar.setSelected(model.practiceDaysShownProperty().get());
        model.practiceDaysShownProperty().addListener((obs, old, now) -> calendar.setSelected(now));
        calendar.selectedProperty().addListener((obs, old, now) -> {
            if (now != model.practiceDaysShownProperty().get()) {
                model.showPracticeDays(now);
            }
        });
        calendar.setMinWidth(Region.USE_PREF_SIZE);
        HBox header = new HBox(16, titles, spacer, calendar);
        header.getStyleClass().add("progress-header");
        return header;
    }

    private void show(ProgressReport report) {
        if (report == null) {
            body.getChildren().clear();
        } else if (report.isEmpty()) {
            boolean emptyShownAlready = body.getChildren().stream().anyMatch(EmptyProgress.class::isInstance);
            body.getChildren().setAll(new EmptyProgress(report.firstLesson(), model::startFirstLesson));
            // The report can come after the page took focus (read off the FX thread): hand focus to
            // the empty state's button then, but not when the learner is working the page already.
            if (!emptyShownAlready && FirstFocus.ownerWithin(this).isPresent()) {
                FirstFocus.focus(this);
            }
        } else {
            ScoreChart scores = new ScoreChart(report.scores());
            MissesChart misses = new MissesChart(report.misses());
            HBox.setHgrow(scores, Priority.ALWAYS);
            HBox.setHgrow(misses, Priority.ALWAYS);
            scores.setPrefWidth(1);
            misses.setPrefWidth(1);
            HBox charts = new HBox(16, scores, misses);
            charts.getStyleClass().add("progress-charts");
            body.getChildren().setAll(new SummaryTiles(report), new NextStepCard(report, model), charts,
                    new ModuleTable(report));
            if (model.practiceDaysShownProperty().get()) {
                body.getChildren().add(new PracticeCalendar(report.practiceDays(), LocalDate.now()));
            }
        }
    }
}
