package com.followupcoach.app;

import com.followupcoach.cli.DesktopOptions;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import javafx.application.Application;

/** Starts the JavaFX application; kept apart so the command line never loads JavaFX. */
public final class DesktopLauncher {

    private static volatile DesktopOptions options;
    private static volatile CompletableFuture<AppServices> services;

    private DesktopLauncher() {
    }

    /** Blocks until the last window closes. */
    public static void launch(DesktopOptions desktopOptions) {
        // Application.launch instantiates the class itself, so the options travel by field.
        options = desktopOptions;
        UnexpectedErrors.install(desktopOptions.dataFolder());
        // The lessons and the store load while JavaFX starts and opens the window (most of a
        // second on one core): on a machine with a second core they are ready when it shows.
        if (!"false".equals(System.getProperty("followupcoach.loadAhead"))) { // EXPERIMENT
            services = AppServices.loadAhead(desktopOptions);
        }
        Application.launch(DesktopApp.class);
    }

    /** For tests that start the app through TestFX instead of {@link #launch}. */
    static void useOptions(DesktopOptions desktopOptions) {
        options = desktopOptions;
    }

    static DesktopOptions options() {
        return options;
    }

    /** The services being loaded since launch; empty when the app was started another way (tests). */
    static Optional<CompletableFuture<AppServices>> servicesLoading() {
        return Optional.ofNullable(services);
    }
}
