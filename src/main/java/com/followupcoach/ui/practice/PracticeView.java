package com.followupcoach.ui.practice;

import com.followupcoach.scoring.Critique;
import com.followupcoach.scoring.Finding;
import com.followupcoach.ui.common.Messages;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

/** Practice: the scenario, the editor with live critique, the checklist and the score. */
public final class PracticeView extends BorderPane {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
            .withZone(ZoneId.systemDefault());
    private static final int WORDS_PER_MINUTE = 200;

    private final PracticeViewModel model;
    private final LetterEditor editor = new LetterEditor();
    private final ScenarioCard scenario = new ScenarioCard();
    private final FindingCard findingCard = new FindingCard(this::applySuggestion);
    private final ScoreGauge gauge = new ScoreGauge();
    private final CritiqueChecklist checklist = new CritiqueChecklist();
    private final Label wordCount = new Label();
    private final Label lastAttempt = new Label();

    public PracticeView(PracticeViewModel model) {
        this.model = model;
        setId("practice-page");
        getStyleClass().add("practice-page");
        setTop(header());
        setCenter(writingColumn());
        setRight(critiqueColumn());
        bind();
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

        ToggleButton live = new ToggleButton(Messages.get("practice.live"));
        live.setId("live-toggle");
        live.selectedProperty().bindBidirectional(model.liveCritiqueProperty());
        Button check = new Button(Messages.get("practice.check"), FontIcon.of(MaterialDesignC.CHECK_ALL));
        check.setId("check-now");
        check.setOnAction(e -> model.requestCritique());
        Button submit = new Button(Messages.get("practice.submit"), FontIcon.of(MaterialDesignS.SEND));
        submit.setId("submit-attempt");
        submit.getStyleClass().add("accent");
        submit.setOnAction(e -> model.submitAttempt());
        submit.disableProperty().bind(model.taskProperty().isNull());

        chooser.setMaxWidth(Double.MAX_VALUE);
        chooser.setMinWidth(120);
        HBox.setHgrow(chooser, Priority.ALWAYS);
        for (Region fixed : new Region[] {title, live, check, submit}) {
            fixed.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox header = new HBox(12, title, chooser, live, check, submit);
        header.getStyleClass().add("page-header");
        return header;
    }

    private VBox writingColumn() {
        VBox.setVgrow(editor, Priority.ALWAYS);
        wordCount.setId("word-count");
        wordCount.getStyleClass().add("status-bar-text");
        lastAttempt.setId("last-attempt");
        lastAttempt.getStyleClass().add("status-bar-text");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox status = new HBox(16, wordCount, spacer, lastAttempt);
        VBox column = new VBox(12, scenario, editor, findingCard, status);
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

    private void bind() {
        editor.bindText(model.textProperty());
        model.critiqueProperty().addListener((obs, old, now) -> showCritique(now));
        model.taskProperty().addListener((obs, old, now) -> scenario.show(now));
        scenario.show(model.taskProperty().get());
        editor.findingAtCaretProperty().addListener((obs, old, now) -> findingCard.show(now));
        model.textProperty().addListener((obs, old, now) -> updateWordCount(now));
        updateWordCount(model.textProperty().get());
        model.latestAttemptProperty().addListener((obs, old, now) -> showLastAttempt(now));
        showCritique(model.critiqueProperty().get());
        showLastAttempt(model.latestAttemptProperty().get());
        // F8 / Shift+F8 walk through the findings, as in an IDE.
        editor.area().addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (new KeyCodeCombination(KeyCode.F8).match(e)) {
                editor.goToFinding(true);
                e.consume();
            } else if (new KeyCodeCombination(KeyCode.F8, KeyCombination.SHIFT_DOWN).match(e)) {
                editor.goToFinding(false);
                e.consume();
            }
        });
    }

    private void showCritique(Critique critique) {
        editor.show(critique);
        gauge.show(critique);
        checklist.show(critique);
    }

    private void applySuggestion(Finding finding) {
        editor.apply(finding);
        editor.area().requestFocus();
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

    /** Lists tasks by title. */
    private static final class TaskCell extends ListCell<WritingTask> {
        @Override
        protected void updateItem(WritingTask item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : item.title());
        }
    }
}
