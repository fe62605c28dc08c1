package com.followupcoach.app;

import com.followupcoach.cli.DesktopOptions;
import javafx.application.Application;

/** Starts the JavaFX application; kept apart so the command line never loads JavaFX. */
public final class DesktopLauncher {

    private static volatile DesktopOptions options;

    private DesktopLauncher() {
    }

    /** Blocks until the last window closes. */
    public static void launch(DesktopOptions desktopOptions) {
        // Application.launch instantiates the class itself, so the options travel by field.
        options = desktopOptions;
        UnexpectedErrors.install(desktopOptions.dataFolder());
        Application.launch(DesktopApp.class);
    }

    /** For tests that start the app through TestFX instead of {@link #launch}. */
    static void useOptions(DesktopOptions desktopOptions) {
        options = desktopOptions;
    }

    static DesktopOptions options() {
        return options;
    }
}
