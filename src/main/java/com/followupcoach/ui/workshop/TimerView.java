package com.followupcoach.ui.workshop;

import com.followupcoach.lessons.Exercise;
import com.followupcoach.lessons.ExerciseScenario;
import com.followupcoach.ui.common.AppIcon;
import com.followupcoach.ui.common.Messages;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.value.ObservableBooleanValue;
import javafx.css.PseudoClass;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Timed writing: the exercise's situation large for the room, and a countdown. At the end
 * the clock says "Time's up" in words and the page gains a thick frame, a signal seen from
 * anywhere in the room without a sound.
 */
final class TimerView extends StackPane {

    private static final PseudoClass FINISHED = PseudoClass.getPseudoClass("finished");

    private final WorkshopViewModel model;
    private final CountdownTimer timer;
    private final Label title = new Label();
    private final Label situation = new Label();
    private final Label brief = new Label();
    private final Label clock = new Label();
    private final Label state = new Label();
    private final Button startPause = new Button();
    /** Brings the time left up to date while running; the timer reads its own clock. */
    private final Timeline heartbeat;

    TimerView(WorkshopViewModel model, ObservableBooleanValue presenter) {
        this.model = model;
        this.timer = model.timer();
        setId("timer-view");
        title.setId("timer-title");
        title.getStyleClass().add("page-title");
        title.setWrapText(true);
        situation.setId("timer-situation");
        situation.getStyleClass().add("timer-situation");
        situation.setWrapText(true);
        brief.getStyleClass().add("timer-brief");
        brief.setWrapText(true);
        clock.setId("timer-clock");
        clock.getStyleClass().add("timer-clock");
        clock.setMinWidth(Region.USE_PREF_SIZE);
        state.setId("timer-state");
        state.getStyleClass().add("timer-state");
        VBox scenario = new VBox(title, situation, brief);
        scenario.getStyleClass().add("timer-scenario");
        HBox.setHgrow(scenario, Priority.ALWAYS);
        VBox countdown = new VBox(clock, state);
        countdown.getStyleClass().add("timer-countdown");
        HBox page = new HBox(scenario, countdown);
        page.getStyleClass().addAll("page", "timer-page");

        startPause.setId("timer-start");
        startPause.getStyleClass().add("accent");
        startPause.setOnAction(e -> timer.toggle());
        Button more = new Button(Messages.get("workshop.timer.addMinute"), FontIcon.of(AppIcon.PLUS));
        more.setId("timer-add-minute");
        more.setOnAction(e -> timer.addMinute());
        Button reset = new Button(Messages.get("workshop.timer.reset"), FontIcon.of(AppIcon.RESTORE));
        reset.setId("timer-reset");
        reset.setOnAction(e -> timer.reset());
        Button home = new Button(Messages.get("workshop.home"), FontIcon.of(AppIcon.HOME_OUTLINE));
        home.getStyleClass().add("flat");
        home.setOnAction(e -> model.home());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label keys = new Label(Messages.get("workshop.timer.keys"));
        keys.getStyleClass().add("muted");
        HBox bar = new HBox(home, spacer, startPause, more, reset, keys);
        bar.getStyleClass().add("step-controls");
        getChildren().add(new ControlStrip(page, bar, presenter));

        heartbeat = new Timeline(new KeyFrame(Duration.millis(200), e -> timer.tick()));
        heartbeat.setCycleCount(Animation.INDEFINITE);
        timer.runningProperty().addListener((obs, was, now) -> {
            if (now) {
                heartbeat.play();
            } else {
                heartbeat.stop();
            }
            redraw();
        });
        timer.remainingProperty().addListener((obs, old, now) -> redraw());
        timer.finishedProperty().addListener((obs, was, now) -> redraw());
        model.exerciseProperty().addListener((obs, old, now) -> show(now));
        show(model.exerciseProperty().get());
        redraw();
    }

    private void show(Exercise exercise) {
        if (exercise == null) {
            return;
        }
        title.setText(exercise.title());
        situation.setText(exercise.scenario().map(TimerView::situation).orElse(""));
        brief.setText(exercise.brief());
    }

    private static String situation(ExerciseScenario s) {
        return Messages.format("workshop.timer.situation", s.candidate(), s.role(), s.company(), s.background());
    }

    private void redraw() {
        clock.setText(CountdownTimer.format(timer.remainingProperty().get()));
        boolean finished = timer.finishedProperty().get();
        boolean running = timer.runningProperty().get();
        pseudoClassStateChanged(FINISHED, finished);
        state.setText(Messages.get(finished ? "workshop.timer.finished" : running ? "workshop.timer.running"
                : "workshop.timer.paused"));
        startPause.setText(Messages.get(running ? "workshop.timer.pause" : "workshop.timer.start"));
        startPause.setGraphic(FontIcon.of(running ? AppIcon.PAUSE : AppIcon.PLAY));
        clock.setAccessibleText(state.getText() + ", " + clock.getText());
    }
}
