package com.followupcoach.ui.workshop;

import com.followupcoach.lessons.LessonModule;
import com.followupcoach.lessons.SampleLetter;
import com.followupcoach.ui.common.Messages;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.beans.property.BooleanProperty;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/**
 * The Workshop page: choose a lesson to present as slides or a sample letter to critique
 * with the room. Arrow keys, Space and Page Up/Down move on, as with a presentation clicker.
 */
public final class WorkshopView extends StackPane {

    private final WorkshopViewModel model;
    private final ScrollPane home;
    private final SlidesView slides;
    private final SampleCritiqueView sample;

    public WorkshopView(WorkshopViewModel model, BooleanProperty presenterMode) {
        this.model = model;
        setId("workshop-page");
        home = home(presenterMode);
        slides = new SlidesView(model);
        sample = new SampleCritiqueView(model);
        model.modeProperty().addListener((obs, old, now) -> show(now));
        addEventFilter(KeyEvent.KEY_PRESSED, this::clicker);
        show(model.modeProperty().get());
    }

    private ScrollPane home(BooleanProperty presenterMode) {
        Label title = new Label(Messages.get("workshop.title"));
        title.getStyleClass().add("page-title");
        Label intro = new Label(Messages.get("workshop.intro"));
        intro.getStyleClass().add("page-subtitle");
        ToggleButton presenter = new ToggleButton(Messages.get("workshop.presenter"), FontIcon.of(MaterialDesignP.PROJECTOR));
        presenter.setId("presenter-toggle");
        presenter.selectedProperty().bindBidirectional(presenterMode);

        Label lessonsHeading = new Label(Messages.get("workshop.present"));
        lessonsHeading.getStyleClass().add("section-title");
        FlowPane lessons = new FlowPane(10, 10);
        for (LessonModule module : model.modules()) {
            Button present = new Button(module.title(), FontIcon.of(MaterialDesignP.PRESENTATION_PLAY));
            present.setId("present-" + module.id());
            present.setOnAction(e -> model.present(module));
            lessons.getChildren().add(present);
        }
        Label samplesHeading = new Label(Messages.get("workshop.samples"));
        samplesHeading.getStyleClass().add("section-title");
        FlowPane samples = new FlowPane(10, 10);
        for (SampleLetter letter : model.samples()) {
            Button open = new Button(letter.title(), FontIcon.of(MaterialDesignE.EMAIL_OPEN_OUTLINE));
            open.setId("sample-" + letter.id());
            open.setOnAction(e -> model.critique(letter));
            samples.getChildren().add(open);
        }
        VBox page = new VBox(title, intro, presenter, lessonsHeading, lessons, samplesHeading, samples);
        page.getStyleClass().add("page");
        ScrollPane scroll = new ScrollPane(page);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        return scroll;
    }

    private void show(WorkshopViewModel.Mode mode) {
        switch (mode) {
            case HOME -> getChildren().setAll(home);
            case SLIDES -> {
                getChildren().setAll(slides);
                // After the model has also set the lesson, so the buttons are in their new state.
                Platform.runLater(slides::focusControls);
            }
            case SAMPLE -> {
                getChildren().setAll(sample);
                Platform.runLater(sample::focusControls);
            }
        }
    }

    private void clicker(KeyEvent event) {
        if (model.modeProperty().get() == WorkshopViewModel.Mode.HOME) {
            return;
        }
        KeyCode code = event.getCode();
        if (code == KeyCode.RIGHT || code == KeyCode.PAGE_DOWN || code == KeyCode.SPACE) {
            model.forward();
            event.consume();
        } else if (code == KeyCode.LEFT || code == KeyCode.PAGE_UP) {
            model.back();
            event.consume();
        } else if (code == KeyCode.ESCAPE) {
            model.home();
            event.consume();
        }
    }
}
