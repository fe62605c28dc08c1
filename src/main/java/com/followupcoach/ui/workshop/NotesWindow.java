package com.followupcoach.ui.workshop;

import com.followupcoach.ui.common.Messages;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Presenter notes on the trainer's own screen, when a second one is attached: the
 * projector keeps only the slide. Takes the main window's style sheets, so it follows the theme.
 */
final class NotesWindow {

    private final Stage stage = new Stage();

    NotesWindow(WorkshopViewModel model) {
        ScrollPane scroll = new ScrollPane(new NotesPanel(model, "notes-window-panel"));
        scroll.setFitToWidth(true);
        Scene scene = new Scene(scroll, 800, 600);
        stage.setScene(scene);
        stage.setTitle(Messages.get("workshop.notes.window"));
    }

    /** Opens on {@code screen}, styled like {@code owner}. */
    void show(Window owner, Rectangle2D screen) {
        if (owner != null && owner.getScene() != null) {
            stage.getScene().getStylesheets().setAll(owner.getScene().getStylesheets());
            stage.getScene().getRoot().setStyle(owner.getScene().getRoot().getStyle());
        }
        stage.setX(screen.getMinX());
        stage.setY(screen.getMinY());
        stage.setWidth(screen.getWidth());
        stage.setHeight(screen.getHeight());
        stage.show();
    }

    void hide() {
        stage.hide();
    }

    boolean isShowing() {
        return stage.isShowing();
    }
}
