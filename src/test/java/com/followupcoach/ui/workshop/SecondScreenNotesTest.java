package com.followupcoach.ui.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import com.followupcoach.lessons.LessonModule;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.ApplicationTest;

/** With a second screen attached, presenter notes go there and the projector shows only the slide. */
class SecondScreenNotesTest extends ApplicationTest {

    private final WorkshopStage workshop = new WorkshopStage();

    @Override
    public void start(Stage stage) {
        workshop.screens.add(new Rectangle2D(1920, 0, 1280, 800));
        workshop.show(stage, 1280, 800, false, WorkshopStage.noFiles());
    }

    @Test
    void notesOpenOnTheOtherScreenInPresenterModeAndNeverUnderTheSlide() {
        LessonModule module = WorkshopStage.LIBRARY.module("why-follow-up").orElseThrow();
        clickOn("#present-" + module.id());
        assertThat(workshop.view.notesOnSecondScreen()).isFalse();

        interact(() -> workshop.themes.presenterProperty().set(true));

        assertThat(workshop.view.notesOnSecondScreen()).isTrue();
        Window notes = Window.getWindows().stream().filter(w -> w instanceof Stage s && s.getTitle() != null
                && s.getTitle().endsWith("presenter notes")).findFirst().orElseThrow();
        assertThat(notes.getX()).isEqualTo(1920);
        Labeled text = (Labeled) notes.getScene().getRoot().lookup("#notes-window-panel-text");
        assertThat(text.getText()).isEqualTo(module.sections().get(0).notes());
        type(KeyCode.N);
        assertThat(lookup("#notes-panel").query().isVisible()).as("the projector shows only the slide").isFalse();

        interact(() -> workshop.themes.presenterProperty().set(false));
        assertThat(workshop.view.notesOnSecondScreen()).isFalse();
    }
}
