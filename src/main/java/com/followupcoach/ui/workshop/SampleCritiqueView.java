package com.followupcoach.ui.workshop;

import com.followupcoach.lessons.Annotation;
import com.followupcoach.lessons.SampleLetter;
import com.followupcoach.ui.common.Messages;
import com.followupcoach.ui.practice.CriterionNames;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.StyleClassedTextArea;

/**
 * A sample letter critiqued with the room: each step reveals one annotation, marks its
 * words in the letter and adds its note; the last step gives the verdict.
 */
final class SampleCritiqueView extends BorderPane {

    private final WorkshopViewModel model;
    private final Label title = new Label();
    private final StyleClassedTextArea letter = new StyleClassedTextArea();
    private final VBox notes = new VBox(10);
    private final StepControls controls;

    SampleCritiqueView(WorkshopViewModel model) {
        this.model = model;
        setId("sample-critique");
        title.getStyleClass().add("page-title");
        title.setWrapText(true);
        letter.setId("sample-letter");
        letter.setEditable(false);
        letter.setWrapText(true);
        letter.getStyleClass().addAll("letter-editor", "sample-letter");
        VirtualizedScrollPane<StyleClassedTextArea> letterScroll = new VirtualizedScrollPane<>(letter);
        HBox.setHgrow(letterScroll, Priority.ALWAYS);
        letterScroll.setPrefWidth(600);
        notes.setId("sample-notes");
        ScrollPane notesScroll = new ScrollPane(notes);
        notesScroll.setFitToWidth(true);
        notesScroll.setPrefWidth(420);
        notesScroll.getStyleClass().add("edge-to-edge");
        HBox body = new HBox(16, letterScroll, notesScroll);
        VBox page = new VBox(12, title, body);
        VBox.setVgrow(body, Priority.ALWAYS);
        page.getStyleClass().add("page");
        setCenter(page);
        controls = new StepControls(model, "workshop.reveal");
        setBottom(controls);
        model.stepProperty().addListener((obs, old, now) -> refresh());
        model.sampleProperty().addListener((obs, old, now) -> {
            letter.replaceText(now == null ? "" : now.body());
            refresh();
        });
    }

    private void refresh() {
        SampleLetter sample = model.sampleProperty().get();
        if (sample == null) {
            return;
        }
        title.setText(sample.title());
        List<Annotation> revealed = model.revealed();
        letter.clearStyle(0, letter.getLength());
        notes.getChildren().clear();
        int number = 1;
        for (Annotation annotation : revealed) {
            boolean latest = number == revealed.size();
            if (annotation.end() <= letter.getLength()) {
                letter.setStyleClass(annotation.start(), annotation.end(), latest ? "annotation-current" : "annotation");
            }
            notes.getChildren().add(note(number++, annotation, latest));
        }
        if (revealed.size() == sample.annotations().size()) {
            Label verdict = new Label(Messages.get("workshop.verdict." + sample.verdict().name().toLowerCase()));
            verdict.setId("sample-verdict");
            verdict.setWrapText(true);
            verdict.getStyleClass().addAll("section-title", "verdict-" + sample.verdict().name().toLowerCase());
            notes.getChildren().add(verdict);
        }
        controls.update(Messages.format("workshop.revealed", revealed.size(), sample.annotations().size()),
                model.canGoBack(), model.canGoForward());
        if (!revealed.isEmpty()) {
            Annotation last = revealed.get(revealed.size() - 1);
            letter.moveTo(Math.min(last.start(), letter.getLength()));
            letter.requestFollowCaret();
        }
    }

    private static VBox note(int number, Annotation annotation, boolean latest) {
        Label heading = new Label(number + ". " + CriterionNames.name(annotation.criterion()));
        heading.getStyleClass().add("section-title");
        Label quote = new Label("\u201c" + annotation.quote() + "\u201d");
        quote.setWrapText(true);
        quote.getStyleClass().add("muted");
        Label text = new Label(annotation.note());
        text.setWrapText(true);
        VBox box = new VBox(4, heading, quote, text);
        box.getStyleClass().addAll("card", latest ? "note-current" : "note");
        return box;
    }

    void focusControls() {
        controls.focusForward();
    }
}
