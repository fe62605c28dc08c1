package com.followupcoach.app;

import com.followupcoach.cli.DesktopOptions;
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
        // The lessons, the store and the engine load while JavaFX starts and opens its
        // window, rather than after: the first page waits for them.
        services = load(desktopOptions);
        Application.launch(DesktopApp.class);
    }

    /** For tests that start the app through TestFX instead of {@link #launch}. */
    static void useOptions(DesktopOptions desktopOptions) {
        options = desktopOptions;
        services = null;
    }

    static DesktopOptions options() {
        return options;
    }

    /** The loading begun by {@link #launch}, handed over once; a start without it begins its own. */
    static CompletableFuture<AppServices> takeServices() {
        CompletableFuture<AppServices> begun = services;
        services = null;
        return begun != null ? begun : load(options);
    }

    private static CompletableFuture<AppServices> load(DesktopOptions desktopOptions) {
        // A thread of its own: the common pool has one thread on two cores, and the workshop uses it.
        return CompletableFuture.supplyAsync(() -> AppServices.load(desktopOptions), task -> {
            Thread loader = new Thread(task, "services-loader");
            loader.setDaemon(true);
            loader.start();
        });
    }
}
