package com.followupcoach.ui.workshop;

import com.followupcoach.ui.common.Messages;
import com.followupcoach.ui.practice.CriterionNames;
import java.util.List;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.StyleClassedTextArea;

/**
 * A letter walked through with the room: each step reveals one point, marks its words in
 * the letter and adds its card; a last step gives the verdict, and only then the title
 * that names it. Earlier cards shrink to their heading so the newest is always whole.
 */
final class WalkthroughView extends StackPane {

    private final WorkshopViewModel model;
    private final Label title = new Label();
    private final StyleClassedTextArea letter = new StyleClassedTextArea();
    private final VBox notes = new VBox();
    private final ScrollPane notesScroll = new ScrollPane(notes);
    private final StepControls controls;

    WalkthroughView(WorkshopViewModel model, ObservableBooleanValue presenter) {
        this.model = model;
        setId("walkthrough");
        title.setId("walkthrough-title");
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
        notes.getStyleClass().add("reveal-cards");
        notesScroll.setId("sample-notes-scroll");
        notesScroll.setFitToWidth(true);
        notesScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        notesScroll.getStyleClass().addAll("edge-to-edge", "reveal-column");
        HBox body = new HBox(letterScroll, notesScroll);
        body.getStyleClass().add("walkthrough-body");
        VBox page = new VBox(title, body);
        VBox.setVgrow(body, Priority.ALWAYS);
        page.getStyleClass().addAll("page", "walkthrough-page");
        controls = new StepControls(model, "workshop.reveal");
        getChildren().add(new ControlStrip(page, controls, presenter));
        model.stepProperty().addListener((obs, old, now) -> refresh());
        model.walkthroughProperty().addListener((obs, old, now) -> {
            letter.replaceText(now == null ? "" : now.body());
            refresh();
        });
        // Made when first shown: the letter chosen before then is drawn at once.
        if (model.walkthroughProperty().get() != null) {
            letter.replaceText(model.walkthroughProperty().get().body());
        }
        refresh();
    }

    private void refresh() {
        Walkthrough shown = model.walkthroughProperty().get();
        if (shown == null || model.modeProperty().get() != WorkshopViewModel.Mode.WALKTHROUGH) {
            return;
        }
        boolean verdict = model.verdictShown();
        title.setText(verdict ? shown.title() : shown.neutralTitle());
        List<RevealPoint> revealed = model.revealed();
        letter.clearStyle(0, letter.getLength());
        notes.getChildren().clear();
        Node newest = null;
        for (int i = 0; i < revealed.size(); i++) {
            RevealPoint point = revealed.get(i);
            boolean latest = i == revealed.size() - 1 && !verdict;
            if (point.end() > point.start() && point.end() <= letter.getLength()) {
                letter.setStyleClass(point.start(), point.end(), latest ? "annotation-current" : "annotation");
            }
            newest = card(i + 1, point, latest);
            notes.getChildren().add(newest);
        }
        if (verdict) {
            Label text = new Label(shown.verdict());
            text.setId("sample-verdict");
            text.setWrapText(true);
            text.getStyleClass().addAll("verdict", shown.verdictStyle());
            newest = text;
            notes.getChildren().add(text);
        }
        controls.update(Messages.format("workshop.revealed", revealed.size(), shown.points().size()),
                model.canGoBack(), model.canGoForward());
        if (!revealed.isEmpty() && revealed.get(revealed.size() - 1).end() > 0) {
            RevealPoint last = revealed.get(revealed.size() - 1);
            letter.moveTo(Math.min(last.start(), letter.getLength()));
            letter.requestFollowCaret();
        }
        if (newest != null) {
            scrollIntoView(newest);
        }
    }

    /** The newest card whole in view (its top, should it be taller than the column). */
    private void scrollIntoView(Node card) {
        notesScroll.applyCss();
        notesScroll.layout();
        double content = notes.getBoundsInLocal().getHeight();
        double viewport = notesScroll.getViewportBounds().getHeight();
        if (content <= viewport) {
            notesScroll.setVvalue(0);
            return;
        }
        Bounds bounds = card.getBoundsInParent();
        double top = bounds.getHeight() > viewport ? bounds.getMinY() : bounds.getMaxY() - viewport;
        notesScroll.setVvalue(Math.max(0, Math.min(1, top / (content - viewport))));
    }

    private static VBox card(int number, RevealPoint point, boolean latest) {
        Label heading = new Label(number + ". " + CriterionNames.name(point.criterion()));
        heading.getStyleClass().add("card-heading");
        heading.setWrapText(true);
        heading.setMinHeight(Region.USE_PREF_SIZE);
        VBox box = new VBox(heading);
        box.setId("reveal-card-" + number);
        if (latest) {
            if (!point.quote().isEmpty()) {
                Label quote = new Label("\u201c" + point.quote() + "\u201d");
                quote.setWrapText(true);
                quote.getStyleClass().addAll("muted", "card-quote");
                box.getChildren().add(quote);
            }
            Label text = new Label(point.note());
            text.setWrapText(true);
            text.getStyleClass().add("card-note");
            box.getChildren().add(text);
        }
        box.getStyleClass().addAll("card", "reveal-card", latest ? "note-current" : "note");
        return box;
    }

    void focusControls() {
        controls.focusForward();
    }
}
