package com.followupcoach.ui.workshop;

import com.followupcoach.ui.common.AppIcon;
import com.followupcoach.ui.common.Messages;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** A letter typed or pasted on the projector, then walked through like a sample. */
final class LiveLetterView extends StackPane {

    private final TextArea text = new TextArea();

    LiveLetterView(WorkshopViewModel model, ObservableBooleanValue presenter) {
        setId("live-letter");
        Label title = new Label(Messages.get("workshop.live.title"));
        title.getStyleClass().add("page-title");
        Label hint = new Label(Messages.get("workshop.live.hint"));
        hint.getStyleClass().add("page-subtitle");
        text.setId("live-text");
        text.setWrapText(true);
        text.getStyleClass().add("live-text");
        text.textProperty().bindBidirectional(model.liveTextProperty());
        text.setAccessibleText(Messages.get("workshop.live.title"));
        VBox.setVgrow(text, Priority.ALWAYS);
        VBox page = new VBox(title, hint, text);
        page.getStyleClass().add("page");

        Button walk = new Button(Messages.get("workshop.live.walk"), FontIcon.of(AppIcon.PLAY_OUTLINE));
        walk.setId("live-walk");
        walk.getStyleClass().add("accent");
        walk.disableProperty().bind(model.liveTextProperty().isEmpty());
        walk.setOnAction(e -> model.critiqueLiveLetter());
        Button home = new Button(Messages.get("workshop.home"), FontIcon.of(AppIcon.HOME_OUTLINE));
        home.getStyleClass().add("flat");
        home.setOnAction(e -> model.home());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(home, spacer, walk);
        bar.getStyleClass().add("step-controls");
        getChildren().add(new ControlStrip(page, bar, presenter));
    }

    void focusText() {
        text.requestFocus();
    }
}
