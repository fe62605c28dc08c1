package com.followupcoach.ui.workshop;

import com.followupcoach.ui.common.Messages;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** The trainer's notes for the slide on screen, and the heading of the next one. */
final class NotesPanel extends VBox {

    private final WorkshopViewModel model;
    private final Label notes = new Label();
    private final Label next = new Label();

    NotesPanel(WorkshopViewModel model, String id) {
        this.model = model;
        setId(id);
        getStyleClass().add("presenter-notes");
        Label heading = new Label(Messages.get("workshop.notes.title"));
        heading.getStyleClass().add("section-title");
        notes.setId(id + "-text");
        notes.setWrapText(true);
        notes.getStyleClass().add("notes-text");
        next.setWrapText(true);
        next.getStyleClass().add("muted");
        getChildren().addAll(heading, notes, next);
        model.stepProperty().addListener((obs, old, now) -> refresh());
        model.deckProperty().addListener((obs, old, now) -> refresh());
        model.modeProperty().addListener((obs, old, now) -> refresh());
        refresh();
    }

    private void refresh() {
        String text = model.currentNotes();
        notes.setText(text.isEmpty() ? Messages.get("workshop.notes.none") : text);
        String upcoming = model.nextHeading();
        next.setText(upcoming.isEmpty() ? "" : Messages.format("workshop.notes.next", upcoming));
    }
}
