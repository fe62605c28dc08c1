package com.followupcoach.ui.workshop;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.layout.Region;
import javafx.scene.transform.Scale;

/**
 * Holds one node at the box's width and, should it be taller than the box, scales it down
 * until it fits: a slide is never scrolled. Long lesson screens are split into slides
 * beforehand, so this is the safety net for a trainer's own unusually long text.
 */
final class FitBox extends Region {

    private final Node content;
    private final Scale scale = new Scale(1, 1, 0, 0);

    FitBox(Node content) {
        this.content = content;
        getChildren().add(content);
        content.getTransforms().add(scale);
        setMinSize(0, 0);
    }

    /** 1 when the content fits as it is; less when it had to be shrunk. */
    double fitScale() {
        return scale.getX();
    }

    @Override
    protected void layoutChildren() {
        Insets in = getInsets();
        double width = Math.max(0, getWidth() - in.getLeft() - in.getRight());
        double height = Math.max(0, getHeight() - in.getTop() - in.getBottom());
        double factor = 1;
        double needed = content.prefHeight(width);
        // Shrinking also narrows nothing: at the smaller scale the text has more room per line,
        // so a second pass settles on a factor that fits at the wider layout width.
        for (int pass = 0; pass < 3 && needed * factor > height + 0.5 && needed > 0; pass++) {
            factor = Math.min(factor, height / needed) * 0.995;
            needed = content.prefHeight(width / factor);
        }
        scale.setX(factor);
        scale.setY(factor);
        content.resizeRelocate(in.getLeft(), in.getTop(), width / factor, Math.max(needed, height / factor));
    }

    @Override
    protected double computePrefHeight(double width) {
        return 0;
    }

    @Override
    protected double computePrefWidth(double height) {
        return 0;
    }
}
