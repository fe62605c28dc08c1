package com.followupcoach.ui.workshop;

import com.followupcoach.ui.common.AppIcon;
import com.followupcoach.ui.common.Messages;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;

/** The bar under a slide or sample: back to the workshop, previous, the count, next. */
final class StepControls extends HBox {

    private final Label counter = new Label();
    private final Button previous = new Button(Messages.get("workshop.back"), FontIcon.of(AppIcon.ARROW_LEFT));
    private final Button next;

    StepControls(WorkshopViewModel model, String nextKey) {
        Button home = new Button(Messages.get("workshop.home"), FontIcon.of(AppIcon.HOME_OUTLINE));
        home.setId("workshop-home");
        home.getStyleClass().add("flat");
        home.setOnAction(e -> model.home());
        previous.setId("step-back");
        previous.setOnAction(e -> model.back());
        next = new Button(Messages.get(nextKey), FontIcon.of(AppIcon.ARROW_RIGHT));
        next.setId("step-forward");
        next.setContentDisplay(ContentDisplay.RIGHT);
        next.getStyleClass().add("accent");
        next.setOnAction(e -> model.forward());
        counter.setId("step-counter");
        counter.getStyleClass().add("slide-counter");
        Region left = new Region();
        Region right = new Region();
        HBox.setHgrow(left, Priority.ALWAYS);
        HBox.setHgrow(right, Priority.ALWAYS);
        getChildren().addAll(home, left, previous, counter, next, right);
        getStyleClass().add("step-controls");
    }

    /** Puts the keyboard on the forward button, so that a clicker's keys reach the page. */
    void focusForward() {
        (next.isDisabled() ? previous : next).requestFocus();
    }

    void update(String count, boolean canGoBack, boolean canGoForward) {
        counter.setText(count);
        previous.setDisable(!canGoBack);
        next.setDisable(!canGoForward);
    }
}
