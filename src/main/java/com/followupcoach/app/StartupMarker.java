package com.followupcoach.app;

import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * For scripts/measure-startup.sh: with {@code -Dfollowupcoach.startupMarker=true} the app
 * prints {@value #LINE} on standard output once the first page's content has been drawn.
 * JavaFX starts a pulse only after the previous frame has been rendered, so the marker goes
 * out in the pulse after the one that laid out the content: what a user sees, not what the
 * scene graph holds.
 */
final class StartupMarker {

    static final String PROPERTY = "followupcoach.startupMarker";
    static final String LINE = "followup-coach: content shown";

    private StartupMarker() {
    }

    /** Call right after the scene's root became the first page. */
    static void printWhenDrawn(Scene scene) {
        if (!Boolean.getBoolean(PROPERTY)) {
            return;
        }
        Runnable[] laidOut = new Runnable[1];
        laidOut[0] = () -> {
            scene.removePostLayoutPulseListener(laidOut[0]);
            Runnable[] drawn = new Runnable[1];
            drawn[0] = () -> {
                scene.removePostLayoutPulseListener(drawn[0]);
                System.out.println(LINE);
                System.out.flush();
            };
            scene.addPostLayoutPulseListener(drawn[0]);
            Platform.requestNextPulse();
        };
        scene.addPostLayoutPulseListener(laidOut[0]);
        Platform.requestNextPulse();
    }
}
