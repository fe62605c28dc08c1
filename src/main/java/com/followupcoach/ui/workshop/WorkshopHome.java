package com.followupcoach.ui.workshop;

import com.followupcoach.lessons.Exercise;
import com.followupcoach.lessons.LessonModule;
import com.followupcoach.lessons.SampleLetter;
import com.followupcoach.ui.common.AppIcon;
import com.followupcoach.ui.common.Messages;
import javafx.beans.property.BooleanProperty;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The Workshop's start: lessons to present, samples to critique (by a neutral title, so the
 * projector gives no verdict away; the trainer sees it on hover), timed writing, the group's
 * letters and a live letter.
 */
final class WorkshopHome extends ScrollPane {

    WorkshopHome(WorkshopViewModel model, BooleanProperty presenterMode) {
        setId("workshop-home-page");
        Label title = new Label(Messages.get("workshop.title"));
        title.getStyleClass().add("page-title");
        Label intro = new Label(Messages.get("workshop.intro"));
        intro.getStyleClass().add("page-subtitle");
        ToggleButton presenter = new ToggleButton(Messages.get("workshop.presenter"), FontIcon.of(AppIcon.PROJECTOR));
        presenter.setId("presenter-toggle");
        presenter.selectedProperty().bindBidirectional(presenterMode);

        FlowPane lessons = flow();
        for (LessonModule module : model.modules()) {
            Button present = new Button(module.title(), FontIcon.of(AppIcon.PRESENTATION_PLAY));
            present.setId("present-" + module.id());
            present.setOnAction(e -> model.present(module));
            lessons.getChildren().add(present);
        }
        FlowPane samples = flow();
        for (SampleLetter letter : model.samples()) {
            Button open = new Button(Walkthroughs.neutralTitle(letter), FontIcon.of(AppIcon.EMAIL_OPEN_OUTLINE));
            open.setId("sample-" + letter.id());
            open.setTooltip(new Tooltip(letter.title()));
            open.setOnAction(e -> model.critique(letter));
            samples.getChildren().add(open);
        }
        FlowPane timed = flow();
        for (Exercise exercise : model.timedExercises()) {
            Button write = new Button(exercise.title(), FontIcon.of(AppIcon.TIMER_OUTLINE));
            write.setId("timed-" + exercise.id());
            write.setOnAction(e -> model.timedWriting(exercise));
            timed.getChildren().add(write);
        }
        Button group = new Button(Messages.get("workshop.group.title"), FontIcon.of(AppIcon.ACCOUNT_GROUP_OUTLINE));
        group.setId("open-group");
        group.setOnAction(e -> model.showGroup());
        Button live = new Button(Messages.get("workshop.live.title"), FontIcon.of(AppIcon.KEYBOARD_OUTLINE));
        live.setId("open-live");
        live.setOnAction(e -> model.liveLetter());
        FlowPane room = flow();
        room.getChildren().addAll(group, live);

        VBox page = new VBox(title, intro, presenter, heading("workshop.present"), lessons, heading("workshop.samples"),
                samples, heading("workshop.room"), room, heading("workshop.timed"), timed);
        page.getStyleClass().add("page");
        setContent(page);
        setFitToWidth(true);
        getStyleClass().add("edge-to-edge");
    }

    private static FlowPane flow() {
        FlowPane pane = new FlowPane(10, 10);
        pane.getStyleClass().add("workshop-choices");
        return pane;
    }

    private static Label heading(String key) {
        Label label = new Label(Messages.get(key));
        label.getStyleClass().add("section-title");
        return label;
    }
}
