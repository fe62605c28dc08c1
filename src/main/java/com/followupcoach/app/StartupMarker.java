package com.followupcoach.app;

import javafx.scene.Scene;

/**
 * For scripts/measure-startup.sh: with {@code -Dfollowupcoach.startupMarker=true} the app
 * prints {@value #LINE} on standard output once the first page has been laid out. The frame
 * that draws it comes later (software rendering can take a few hundred milliseconds), so
 * the script watches the screen from this line on rather than taking the line as the time.
 */
final class StartupMarker {

    static final String PROPERTY = "followupcoach.startupMarker";
    static final String LINE = "followup-coach: content laid out";

    private StartupMarker() {
    }

    /** Call right after the scene's root became the first page. */
    static void printWhenLaidOut(Scene scene) {
        if (!Boolean.getBoolean(PROPERTY)) {
            return;
        }
        // For scripts/trace-startup.sh: how long the page waits for its first pulse.
        Runnable[] pulse = new Runnable[1];
        pulse[0] = () -> {
            scene.removePreLayoutPulseListener(pulse[0]);
            StartupTrace.mark("first-pulse");
        };
        scene.addPreLayoutPulseListener(pulse[0]);
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            System.out.println(LINE);
            StartupTrace.mark("laid-out");
            System.out.flush();
        };
        scene.addPostLayoutPulseListener(once[0]);
    }
}
