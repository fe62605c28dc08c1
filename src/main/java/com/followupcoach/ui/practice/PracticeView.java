package com.followupcoach.ui.practice;

import com.followupcoach.ui.common.Messages;
import com.followupcoach.vocabulary.Critique;
import com.followupcoach.vocabulary.Finding;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

/** Practice: the scenario, the editor with live critique, the checklist and the score. */
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
    private final Label findingStatus = new Label();
    private final Label actionStatus = new Label();
    private final Label lastAttempt = new Label();

    public PracticeView(PracticeViewModel model) {
        this.model = model;
        this.scenario = new ScenarioCard(new OwnScenarioForm(model.ownScenarioProperty()));
        this.toolbar = new PracticeToolbar(model, editor.area());
        this.export = new LetterExport(model);
        setId("practice-page");
        getStyleClass().add("practice-page");
        setTop(header());
        setCenter(writingColumn());
        setRight(critiqueColumn());
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
        // Opening the page puts the caret in the letter, so typing and F8 work at once.
        sceneProperty().addListener((obs, old, now) -> {
            if (now != null) {
                javafx.application.Platform.runLater(editor.area()::requestFocus);
            }
        });
    }

    private HBox header() {
        Label title = new Label(Messages.get("practice.title"));
        title.getStyleClass().add("page-title");
        ComboBox<WritingTask> chooser = new ComboBox<>(model.tasks());
        chooser.setId("task-chooser");
        chooser.setPromptText(Messages.get("practice.choose"));
        chooser.setCellFactory(list -> new TaskCell());
        chooser.setButtonCell(new TaskCell());
        chooser.valueProperty().bindBidirectional(model.taskProperty());
        chooser.setAccessibleText(Messages.get("practice.choose"));

        Button submit = new Button(Messages.get("practice.submit"), FontIcon.of(MaterialDesignS.SEND));
        submit.setId("submit-attempt");
        submit.getStyleClass().add("accent");
        submit.setTooltip(new Tooltip(Messages.get("practice.submit.tip")));
        submit.setOnAction(e -> model.submitAttempt());
        submit.disableProperty().bind(model.taskProperty().isNull());

        chooser.setMaxWidth(Double.MAX_VALUE);
        chooser.setMinWidth(120);
        HBox.setHgrow(chooser, Priority.ALWAYS);
        title.setMinWidth(Region.USE_PREF_SIZE);
        submit.setMinWidth(Region.USE_PREF_SIZE);
        HBox header = new HBox(12, title, chooser, submit);
        header.getStyleClass().add("page-header");
        return header;
    }

    private VBox writingColumn() {
        VBox.setVgrow(editor, Priority.ALWAYS);
        editor.setMinHeight(160);
        wordCount.setId("word-count");
        lastAttempt.setId("last-attempt");
        findingStatus.setId("finding-status");
        actionStatus.setId("practice-status");
        for (Label label : new Label[] {wordCount, lastAttempt, findingStatus, actionStatus}) {
            label.getStyleClass().add("status-bar-text");
        }
        findingStatus.setMinWidth(0);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox status = new HBox(16, wordCount, actionStatus, spacer, lastAttempt);
        ScrollPane toolbarScroll = new ScrollPane(toolbar);
        toolbarScroll.setFitToHeight(true);
        toolbarScroll.setVbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        toolbarScroll.getStyleClass().addAll("edge-to-edge", "toolbar-scroll");
        toolbarScroll.setMinHeight(Region.USE_PREF_SIZE);
        VBox column = new VBox(10, collapsible(scenario), new ReadyNotice(model), toolbarScroll, editor, findingCard, findingStatus, status);
        column.getStyleClass().add("writing-column");
        // Let the writing column give up width before the window overflows a small screen.
        column.setMinWidth(240);
        scenario.setMinWidth(0);
        return column;
    }

    private ScrollPane critiqueColumn() {
        Label heading = new Label(Messages.get("practice.checklist"));
        heading.getStyleClass().add("section-title");
        VBox column = new VBox(12, gauge, heading, checklist);
        column.getStyleClass().add("critique-column");
        ScrollPane scroll = new ScrollPane(column);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setPrefViewportWidth(330);
        scroll.setMinViewportWidth(260);
        scroll.getStyleClass().add("edge-to-edge");
        return scroll;
    }

    /** The task can fold away, so that a small screen leaves the letter most of the height. */
    private static TitledPane collapsible(ScenarioCard card) {
        TitledPane pane = new TitledPane(Messages.get("practice.task"), card);
        pane.setId("task-pane");
        pane.setAnimated(false);
        pane.getStyleClass().add("task-pane");
        return pane;
    }

    private void bind() {
        editor.bindText(model.textProperty());
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
                .on(PracticeKeys.NEXT_FINDING, () -> editor.goToFinding(true))
                .on(PracticeKeys.PREVIOUS_FINDING, () -> editor.goToFinding(false))
                .on(PracticeKeys.APPLY, () -> atCaret(findingActions::apply))
                .on(PracticeKeys.DISMISS, () -> atCaret(findingActions::dismiss))
                .on(PracticeKeys.SAVE, model::saveDraftNow)
                .on(PracticeKeys.SUBMIT, model::submitAttempt)
                .on(PracticeKeys.HISTORY, this::openHistory)
                .on(PracticeKeys.SAVE_AS_TEXT, () -> export.saveAsText(window()))
                .on(PracticeKeys.PRINT, () -> export.print(window()))
                .installOn(this);
    }

    private void atCaret(java.util.function.Consumer<Finding> action) {
        Finding finding = editor.findingAtCaretProperty().get();
        if (finding != null) {
            action.accept(finding);
        }
    }

    private void openHistory() {
        if (model.currentTask().isPresent()) {
            AttemptHistoryView.open(window(), model.attempts());
        }
    }

    private Window window() {
        return getScene() == null ? null : getScene().getWindow();
    }

    private void showCritique(Critique critique) {
        editor.show(critique);
        gauge.show(critique);
        checklist.show(critique);
    }

    /** The card below the editor, and one line a screen reader can follow as the caret moves. */
    private void showFindingAtCaret(Finding finding) {
        FindingExplanation explanation = finding == null ? null : model.explain(finding);
        findingCard.show(explanation);
        String spoken = explanation == null ? "" : FindingCard.describe(explanation);
        findingStatus.setText(spoken);
        findingStatus.setVisible(!spoken.isEmpty());
        findingStatus.setManaged(!spoken.isEmpty());
        editor.area().setAccessibleHelp(spoken.isEmpty() ? null : spoken);
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
            editor.apply(finding);
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
