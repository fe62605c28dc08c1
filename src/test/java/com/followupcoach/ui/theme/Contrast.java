package com.followupcoach.ui.theme;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;

/** WCAG 2 contrast, measured on the colours the style sheets actually gave the nodes. */
public final class Contrast {

    private Contrast() {
    }

    /** The contrast ratio of two opaque colours, 1 to 21. */
    public static double ratio(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    /**
     * The colour behind {@code node}: the nearest ancestor's background, with translucent
     * fills laid over the ones below them; white if nothing is painted.
     */
    public static Color behind(Node node) {
        return painted(node.getParent());
    }

    private static Color painted(Parent parent) {
        if (parent == null) {
            return Color.WHITE;
        }
        Color top = topFill(parent);
        if (top != null && top.getOpacity() >= 1) {
            return top;
        }
        Color below = painted(parent.getParent());
        return top == null ? below : over(top, below);
    }

    private static Color topFill(Parent parent) {
        if (!(parent instanceof Region region)) {
            return null;
        }
        Background background = region.getBackground();
        if (background == null) {
            return null;
        }
        Color top = null;
        for (BackgroundFill fill : background.getFills()) {
            Paint paint = fill.getFill();
            if (paint instanceof Color colour && colour.getOpacity() > 0) {
                top = top == null || colour.getOpacity() >= 1 ? colour : over(colour, top);
            }
        }
        return top;
    }

    /** {@code top} laid over {@code bottom}, with {@code top}'s alpha. */
    public static Color over(Color top, Color bottom) {
        double a = top.getOpacity();
        return Color.color(top.getRed() * a + bottom.getRed() * (1 - a),
                top.getGreen() * a + bottom.getGreen() * (1 - a),
                top.getBlue() * a + bottom.getBlue() * (1 - a));
    }

    /** What the eye sees of {@code colour} drawn at {@code opacity} over {@code bottom}. */
    public static Color faded(Color colour, double opacity, Color bottom) {
        return over(Color.color(colour.getRed(), colour.getGreen(), colour.getBlue(), colour.getOpacity() * opacity), bottom);
    }

    /** The product of the opacities from the node up to the root, as it is drawn. */
    public static double opacity(Node node) {
        double opacity = 1;
        for (Node n = node; n != null; n = n.getParent()) {
            opacity *= n.getOpacity();
        }
        return opacity;
    }

    private static double luminance(Color c) {
        return 0.2126 * channel(c.getRed()) + 0.7152 * channel(c.getGreen()) + 0.0722 * channel(c.getBlue());
    }

    private static double channel(double v) {
        return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }
}
