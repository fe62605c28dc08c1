package com.followupcoach.ui.workshop;

import javafx.animation.PauseTransition;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.util.Duration;

/**
 * A view with its control bar. On the desktop the bar sits under the content. In presenter
 * mode the content takes the whole screen and the bar floats over its bottom edge, shown
 * when the mouse moves and hidden again after a few still seconds, so the audience sees
 * only the content. The keyboard and a clicker work whether it shows or not.
 */
final class ControlStrip extends Region {

    private static final Duration SHOWN_FOR = Duration.seconds(3);

    private final Node content;
    private final Region bar;
    private final ObservableBooleanValue presenter;
    private final PauseTransition hide = new PauseTransition(SHOWN_FOR);

    ControlStrip(Node content, Region bar, ObservableBooleanValue presenter) {
        this.content = content;
        this.bar = bar;
        this.presenter = presenter;
        getChildren().addAll(content, bar);
        bar.getStyleClass().add("control-strip");
        hide.setOnFinished(e -> {
            if (presenter.get() && !bar.isHover()) {
                bar.setVisible(false);
            }
        });
        addEventFilter(MouseEvent.MOUSE_MOVED, e -> reveal());
        presenter.addListener((obs, was, now) -> {
            bar.setVisible(!now);
            requestLayout();
        });
        bar.setVisible(!presenter.get());
    }

    /** Shows the bar; in presenter mode it hides itself again after a few seconds. */
    void reveal() {
        bar.setVisible(true);
        if (presenter.get()) {
            hide.playFromStart();
        }
    }

    @Override
    protected void layoutChildren() {
        Insets in = getInsets();
        double x = in.getLeft();
        double y = in.getTop();
        double width = getWidth() - x - in.getRight();
        double height = getHeight() - y - in.getBottom();
        double barHeight = Math.min(height, bar.prefHeight(width));
        boolean floating = presenter.get();
        content.resizeRelocate(x, y, width, floating ? height : height - barHeight);
        bar.resizeRelocate(x, y + height - barHeight, width, barHeight);
    }
}
