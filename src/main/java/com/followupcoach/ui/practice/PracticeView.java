package com.followupcoach.ui.practice;

import com.followupcoach.ui.common.AppIcon;
import com.followupcoach.ui.common.FirstFocus;
import com.followupcoach.ui.common.Messages;
import com.followupcoach.vocabulary.Critique;
import com.followupcoach.vocabulary.Finding;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.function.Consumer;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.Scene;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Practice: the scenario, the editor with live critique, the checklist and the score. On a
 * window too narrow for both columns, the score and checklist move into a drawer opened
 * from the header, so that the letter keeps its width and nothing is clipped.
 */
public final class PracticeView extends BorderPane {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
            .withZone(ZoneId.systemDefault());
    private static final int WORDS_PER_MINUTE = 200;
    /** How often a letter marked ready is checked for the end of its cool-down. */
    private static final Duration REVIEW_CHECK = Duration.minutes(1);

    private final PracticeViewModel model;
    private final LetterEditor editor = new LetterEditor();
    private final FindingActions findingActions = new ViewFindingActions();
    private final ScenarioCard scenario;
    private final FindingCard findingCard = new FindingCard("", findingActions);
    private final FindingPopup findingPopup = new FindingPopup(findingActions);
    private final PracticeToolbar toolbar;
    private final LetterExport export;
    private final ScoreGauge gauge = new ScoreGauge();
    private final CritiqueChecklist checklist = new CritiqueChecklist();
    private final Label wordCount = new Label();
    private final Label actionStatus = new Label();
    private final Label lastAttempt = new Label();
    private final Label problem = new Label();
    private final Button sideToggle = new Button();
    private final Button submit = new Button(Messages.get("practice.submit"), FontIcon.of(AppIcon.SEND));
    private final SidePanel side;
    private final Label title = new Label(Messages.get("practice.title"));

    public PracticeView(PracticeViewModel model) {
        this.model = model;
        this.scenario = new ScenarioCard(new OwnScenarioForm(model.ownScenarioProperty()));
        this.toolbar = new PracticeToolbar(model, editor.area());
        this.export = new LetterExport(model);
        setId("practice-page");
        getStyleClass().add("practice-page");
        setTop(header());
        side = new SidePanel(critiqueColumn(), writingArea(), sideToggle);
        setCenter(side);
        // On a narrow page the navigation already names the page: the header keeps its room for the task.
        title.visibleProperty().bind(side.narrowProperty().not());
        title.managedProperty().bind(title.visibleProperty());
        bind();
        installKeys();
        Timeline reviewCheck = new Timeline(new KeyFrame(REVIEW_CHECK, e -> model.checkReviewDue()));
        reviewCheck.setCycleCount(Timeline.INDEFINITE);
        reviewCheck.play();
        // The check reads the store: it runs only while the page is in a shown window.
        sceneProperty().flatMap(Scene::windowProperty).addListener((obs, old, now) -> {
            if (now == null) {
                reviewCheck.stop();
            } else {
                reviewCheck.play();
            }
        });
        // Opening the page puts the caret in the letter, so typing and F8 work at once: the
        // shell gives focus to the marked control, a page shown alone takes it itself.
        FirstFocus.mark(editor.area());
        sceneProperty().addListener((obs, old, now) -> {
            if (now != null) {
                Platform.runLater(editor.area()::requestFocus);
            }
        });
    }

    private HBox header() {
        title.getStyleClass().add("page-title");
        ComboBox<WritingTask> chooser = new ComboBox<>(model.tasks());
        chooser.setId("task-chooser");
        chooser.setPromptText(Messages.get("practice.choose"));
        chooser.setCellFactory(list -> new TaskCell());
        chooser.setButtonCell(new TaskCell());
        chooser.valueProperty().bindBidirectional(model.taskProperty());
        chooser.setAccessibleText(Messages.get("practice.choose"));

        submit.setId("submit-attempt");
        submit.getStyleClass().add("accent");
        submit.setTooltip(new Tooltip(Messages.get("practice.submit.tip")));
        submit.setOnAction(e -> model.submitAttempt());
        submit.disableProperty().bind(model.taskProperty().isNull().or(model.loadingProperty()));

        sideToggle.setId("side-toggle");
        sideToggle.setGraphic(FontIcon.of(AppIcon.CLIPBOARD_CHECK_OUTLINE));
        sideToggle.setTooltip(new Tooltip(Messages.get("practice.side.open")));
        sideToggle.setAccessibleText(Messages.get("practice.side.open"));

        chooser.setMaxWidth(Double.MAX_VALUE);
        chooser.setMinWidth(120);
        HBox.setHgrow(chooser, Priority.ALWAYS);
        title.setMinWidth(Region.USE_PREF_SIZE);
        submit.setMinWidth(Region.USE_PREF_SIZE);
        sideToggle.setMinWidth(Region.USE_PREF_SIZE);
        HBox header = new HBox(12, title, chooser, sideToggle, submit);
        header.getStyleClass().add("page-header");
        return header;
    }

    private WritingColumn writingArea() {
        wordCount.setId("word-count");
        lastAttempt.setId("last-attempt");
        actionStatus.setId("practice-status");
        for (Label label : new Label[] {wordCount, lastAttempt, actionStatus}) {
            label.getStyleClass().add("status-bar-text");
            label.setMinWidth(Region.USE_PREF_SIZE);
        }
        actionStatus.setWrapText(true);
        actionStatus.setMinWidth(0);
        actionStatus.setMinHeight(Region.USE_PREF_SIZE);
        actionStatus.managedProperty().bind(actionStatus.textProperty().isNotEmpty());
        FlowPane counts = new FlowPane(16, 2, wordCount, lastAttempt);
        // The finding at the caret is told by its card alone: the status bar only says what
        // the learner's last action did, and the counts.
        VBox statusBar = new VBox(2, actionStatus, counts);
        statusBar.setId("practice-status-bar");
        statusBar.getStyleClass().add("practice-status-bar");

        problem.setId("practice-problem");
        problem.getStyleClass().add("practice-problem");
        problem.setWrapText(true);
        problem.setMaxWidth(Double.MAX_VALUE);
        problem.setMinHeight(Region.USE_PREF_SIZE);
        problem.setGraphic(FontIcon.of(AppIcon.ALERT_CIRCLE_OUTLINE));
        problem.textProperty().bind(model.problemProperty());
        problem.visibleProperty().bind(model.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());

        ScrollPane cardScroll = new ScrollPane(findingCard);
        cardScroll.setId("finding-card-scroll");
        cardScroll.setFitToWidth(true);
        cardScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        cardScroll.getStyleClass().addAll("edge-to-edge", "finding-card-scroll");
        cardScroll.visibleProperty().bind(findingCard.visibleProperty());
        cardScroll.managedProperty().bind(findingCard.visibleProperty());

        WritingColumn column = new WritingColumn(
                List.of(new ReadyNotice(model), new SubmitConfirmation(model, this::openHistory), problem, toolbar),
                collapsible(scenario), editor, editor.area(), cardScroll, List.of(statusBar));
        column.setId("writing-column");
        return column;
    }

    private VBox critiqueColumn() {
        Label heading = new Label(Messages.get("practice.checklist"));
        heading.getStyleClass().add("section-title");
        VBox column = new VBox(12, gauge, heading, checklist);
        column.getStyleClass().add("critique-column");
        return column;
    }

    /** The task can fold away; folded or not, its text scrolls rather than being cut. */
    private static TitledPane collapsible(ScenarioCard card) {
        ScrollPane scroll = new ScrollPane(card);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().addAll("edge-to-edge", "task-scroll");
        scroll.setMinHeight(0);
        TitledPane pane = new TitledPane(Messages.get("practice.task"), scroll);
        pane.setId("task-pane");
        pane.setAnimated(false);
        pane.setMinHeight(0);
        pane.getStyleClass().add("task-pane");
        return pane;
    }

    private void bind() {
        editor.bindText(model.textProperty());
        editor.area().editableProperty().bind(model.loadingProperty().not());
        model.critiqueProperty().addListener((obs, old, now) -> showCritique(now));
        model.taskProperty().addListener((obs, old, now) -> scenario.show(now));
        scenario.show(model.taskProperty().get());
        editor.findingAtCaretProperty().addListener((obs, old, now) -> showFindingAtCaret(now));
        editor.onHover((finding, screen) -> findingPopup.show(editor.area(), model.explain(finding), screen),
                findingPopup::leaveSoon);
        model.textProperty().addListener((obs, old, now) -> updateWordCount(now));
        updateWordCount(model.textProperty().get());
        model.latestAttemptProperty().addListener((obs, old, now) -> showLastAttempt(now));
        actionStatus.textProperty().bind(model.statusProperty());
        showCritique(model.critiqueProperty().get());
        showLastAttempt(model.latestAttemptProperty().get());
        toolbar.history.setOnAction(e -> openHistory());
        toolbar.copy.setOnAction(e -> export.copy());
        toolbar.saveText.setOnAction(e -> export.saveAsText(window()));
        toolbar.print.setOnAction(e -> export.print(window()));
    }

    private void installKeys() {
        new PracticeKeys()
                .on(PracticeKeys.CHECK, model::requestCritique)
                .on(PracticeKeys.NEXT_FINDING, () -> goToFinding(true))
                .on(PracticeKeys.PREVIOUS_FINDING, () -> goToFinding(false))
                .on(PracticeKeys.APPLY, () -> atCaret(findingActions::apply))
                .on(PracticeKeys.DISMISS, () -> atCaret(findingActions::dismiss))
                .on(PracticeKeys.SAVE, model::saveDraftNow)
                .on(PracticeKeys.SUBMIT, model::submitAttempt)
                .on(PracticeKeys.HISTORY, this::openHistory)
                .on(PracticeKeys.SAVE_AS_TEXT, () -> export.saveAsText(window()))
                .on(PracticeKeys.PRINT, () -> export.print(window()))
                .installOn(this);
    }

    /** F8 / Shift+F8; with nothing underlined, says so rather than doing nothing. */
    private void goToFinding(boolean forward) {
        if (!editor.goToFinding(forward)) {
            model.reportStatus(Messages.get(model.critiqueProperty().get() == null
                    ? "practice.findings.notChecked" : "practice.findings.none"));
        }
    }

    private void atCaret(Consumer<Finding> action) {
        Finding finding = editor.findingAtCaretProperty().get();
        if (finding != null) {
            action.accept(finding);
        }
    }

    private void openHistory() {
        model.loadAttempts(attempts -> AttemptHistoryView.open(window(), attempts));
    }

    private Window window() {
        return getScene() == null ? null : getScene().getWindow();
    }

    private void showCritique(Critique critique) {
        editor.show(critique);
        gauge.show(critique);
        checklist.show(critique);
        boolean scored = critique != null && critique.judged();
        sideToggle.setText(scored ? Messages.format("practice.side.openScore", critique.score())
                : Messages.get("practice.side.open"));
    }

    /** The card below the editor; a screen reader hears the same from the editor as the caret moves. */
    private void showFindingAtCaret(Finding finding) {
        FindingExplanation explanation = finding == null ? null : model.explain(finding);
        findingCard.show(explanation);
        editor.area().setAccessibleHelp(explanation == null ? null : FindingCard.describe(explanation));
    }

    private void updateWordCount(String text) {
        int words = text.isBlank() ? 0 : text.trim().split("\\s+").length;
        int minutes = Math.max(1, (int) Math.ceil(words / (double) WORDS_PER_MINUTE));
        wordCount.setText(Messages.format("practice.words", words, minutes));
    }

    private void showLastAttempt(PracticeRecords.AttemptSummary attempt) {
        lastAttempt.setText(attempt == null ? Messages.get("practice.noAttempt")
                : Messages.format("practice.lastAttempt", attempt.score(), WHEN.format(attempt.submittedAt())));
    }

    /** The finding cards' buttons: edits go to the editor (undoable), verdicts to the model. */
    private final class ViewFindingActions implements FindingActions {
        @Override
        public void apply(Finding finding) {
            model.suggestionFor(finding).ifPresent(editor::apply);
            editor.area().requestFocus();
        }

        @Override
        public void dismiss(Finding finding) {
            model.dismiss(finding);
            editor.area().requestFocus();
        }

        @Override
        public void openLesson(String lessonId) {
            model.openLesson(lessonId);
        }
    }

    /** Lists tasks by title. */
    private static final class TaskCell extends ListCell<WritingTask> {
        @Override
        protected void updateItem(WritingTask item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : item.title());
        }
    }
}
