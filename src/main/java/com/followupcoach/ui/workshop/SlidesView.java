package com.followupcoach.ui.workshop;

import com.followupcoach.lessons.LessonModule;
import com.followupcoach.ui.common.Messages;
import com.followupcoach.ui.markdown.MarkdownView;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** A lesson as slides, each fitted to the screen: one slide a screen (or part of one), then the takeaways. */
final class SlidesView extends StackPane {

    private final WorkshopViewModel model;
    private final Label moduleTitle = new Label();
    private final Label heading = new Label();
    private final MarkdownView slide = new MarkdownView();
    private final FitBox fit;
    private final StepControls controls;

    SlidesView(WorkshopViewModel model, ObservableBooleanValue presenter) {
        this.model = model;
        setId("slides");
        moduleTitle.getStyleClass().add("slide-counter");
        moduleTitle.setWrapText(true);
        heading.setId("slide-heading");
        heading.getStyleClass().add("slide-heading");
        heading.setWrapText(true);
        slide.setId("slide-text");
        VBox body = new VBox(moduleTitle, heading, slide);
        body.getStyleClass().add("slide");
        fit = new FitBox(body);
        fit.setId("slide-fit");
        controls = new StepControls(model, "workshop.next");
        getChildren().add(new ControlStrip(fit, controls, presenter));
        model.stepProperty().addListener((obs, old, now) -> refresh());
        model.moduleProperty().addListener((obs, old, now) -> refresh());
        // Made when first shown: the slide chosen before then is drawn at once.
        refresh();
    }

    private void refresh() {
        LessonModule module = model.moduleProperty().get();
        if (module == null || model.slide().isEmpty()) {
            return;
        }
        Slide shown = model.slide().get();
        moduleTitle.setText(module.title());
        heading.setText(shown.parts() == 1 ? shown.heading()
                : Messages.format("workshop.slide.part", shown.heading(), shown.part(), shown.parts()));
        slide.show(shown.markdown());
        controls.update(Messages.format("workshop.slide", model.stepProperty().get() + 1, model.slideCount()),
                model.canGoBack(), model.canGoForward());
    }

    void focusControls() {
        controls.focusForward();
    }
}
