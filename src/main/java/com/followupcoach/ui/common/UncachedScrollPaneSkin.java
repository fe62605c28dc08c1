package com.followupcoach.ui.common;

import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.skin.ScrollPaneSkin;

/**
 * JavaFX's scroll pane skin without the bitmap cache of its viewport. The stock skin keeps
 * an image of the whole viewport ({@code setCache(true)}); under software rendering that
 * image is an int array in the heap as large as the viewport (3.4 MB for a page at
 * 1280x672), kept for every page ever shown, and drawn afresh whole whenever anything in
 * it changes (a hover, a caret, a redrawn list). Without it only the changed region is
 * drawn. The theme's app.css names this skin for every {@code .scroll-pane}.
 */
public final class UncachedScrollPaneSkin extends ScrollPaneSkin {

    public UncachedScrollPaneSkin(ScrollPane control) {
        super(control);
        for (Node child : getChildren()) {
            if (child.getStyleClass().contains("viewport")) {
                child.setCache(false);
            }
        }
    }
}
