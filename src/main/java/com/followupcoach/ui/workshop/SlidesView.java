package com.followupcoach.ui.workshop;

import com.followupcoach.lessons.LessonModule;
import com.followupcoach.ui.common.Messages;
import com.followupcoach.ui.markdown.MarkdownView;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;

/** A lesson as slides: one reading screen per slide, then the takeaways. */
final class SlidesView extends BorderPane {

    private final WorkshopViewModel model;
    private final Label moduleTitle = new Label();
    private final MarkdownView slide = new MarkdownView();
    private final StepControls controls;

    SlidesView(WorkshopViewModel model) {
        this.model = model;
        setId("slides");
        moduleTitle.getStyleClass().add("slide-counter");
        slide.setId("slide-text");
        VBox body = new VBox(moduleTitle, slide);
        body.getStyleClass().add("slide");
        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        setCenter(scroll);
        controls = new StepControls(model, "workshop.next");
        setBottom(controls);
        model.stepProperty().addListener((obs, old, now) -> refresh());
        model.moduleProperty().addListener((obs, old, now) -> refresh());
    }

    private void refresh() {
        LessonModule module = model.moduleProperty().get();
        if (module == null) {
            return;
        }
        moduleTitle.setText(module.title());
        slide.show(model.slide()
                .map(section -> "## " + section.heading() + "\n\n" + section.markdown())
                .orElseGet(() -> takeaways(module)));
        controls.update(Messages.format("workshop.slide", model.stepProperty().get() + 1, model.slideCount()),
                model.canGoBack(), model.canGoForward());
    }

    private static String takeaways(LessonModule module) {
        StringBuilder markdown = new StringBuilder("## ").append(Messages.get("lessons.takeaways")).append("\n\n");
        module.takeaways().forEach(t -> markdown.append("- ").append(t.replace("\n", " ")).append('\n'));
        return markdown.toString();
    }

    void focusControls() {
        controls.focusForward();
    }
}
