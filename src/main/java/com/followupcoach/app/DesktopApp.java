package com.followupcoach.app;

import com.followupcoach.cli.DesktopOptions;
import com.followupcoach.ui.common.Messages;
import com.followupcoach.ui.shell.ShellViewModel;
import com.followupcoach.ui.theme.ThemeManager;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * The composition root. The window opens at once with a light first screen, in the colours
 * of the last session ({@link ThemeHint}); the lessons and
 * the progress store load on background threads, then {@link AppWiring} wires the pages and
 * the first page replaces the loading line once the learner's progress on it has been read;
 * once that page is laid out and drawn, the engine is built ({@link ScoringLoad}).
 */
public final class DesktopApp extends Application {

    /**
     * About as long as the first page's first frame takes to draw in software after its layout
     * (0.3-0.8 s on the 2-core machine under load; scripts/trace-startup.sh with
     * -Djavafx.pulseLogger=true): the engine waits that long unless Practice, Progress or the
     * Workshop is opened first.
     */
    private static final Duration FIRST_FRAME = Duration.ofSeconds(1);

    private final ThemeManager themes = new ThemeManager();
    private final ShellViewModel shell = new ShellViewModel();
    private AppServices services;
    private AppWiring wiring;
    private ShutdownFlush onSignal;

    @Override
    public void start(Stage stage) {
        StartupTrace.mark("start");
        DesktopOptions options = DesktopLauncher.options();
        Label loading = new Label(Messages.get("app.loading"));
        loading.getStyleClass().add("muted");
        // The window takes most of a large screen, at least 1280×800 where there is room,
        // and never more than the screen.
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(new StackPane(loading), windowSide(screen.getWidth(), 1280), windowSide(screen.getHeight(), 800));
        ThemeHint.read(options.dataFolder()).ifPresent(themes.themeProperty()::set);
        themes.attach(scene);
        stage.setTitle(Messages.get("app.title"));
        WindowIcons.install(stage);
        stage.setMinWidth(Math.min(900, screen.getWidth()));
        stage.setMinHeight(Math.min(600, screen.getHeight()));
        stage.setScene(scene);
        stage.show();
        StartupTrace.mark("shown");

        CompletableFuture.supplyAsync(() -> AppServices.loadForWindow(options))
                .whenComplete((loaded, failure) -> Platform.runLater(() -> {
                    if (failure != null) {
                        // supplyAsync wraps the failure; the cause's message is the one to show.
                        Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                                ? failure.getCause() : failure;
                        String line = Messages.format("app.startFailed", cause.getMessage());
                        loading.setText(line);
                        System.err.println(line); // the same one line for a terminal, and for the image build's check
                        return;
                    }
                    services = loaded;
                    StartupTrace.mark("fx-got-services");
                    wiring = new AppWiring(loaded, options, themes, shell);
                    onSignal = ShutdownFlush.register(wiring::closeOnSignal);
                    wiring.whenFirstPageReady(() -> {
                        StartupTrace.mark("page-ready");
                        scene.setRoot(wiring.view());
                        StartupTrace.mark("root-set");
                        StartupMarker.printWhenLaidOut(scene);
                        afterFirstLayout(scene, () -> loaded.scoring().startAfter(FIRST_FRAME));
                        Shortcuts.install(scene, stage, shell, themes);
                    });
                }));
    }

    /**
     * Runs an action on the FX thread once the scene has been laid out, after that pulse:
     * background work started then does not compete with building the first page.
     */
    private static void afterFirstLayout(Scene scene, Runnable action) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            Platform.runLater(action);
        };
        scene.addPostLayoutPulseListener(once[0]);
    }

    private static double windowSide(double screenSide, double preferred) {
        return Math.min(screenSide, Math.max(preferred, Math.round(screenSide * 0.8)));
    }

    @Override
    public void stop() {
        if (wiring != null) {
            wiring.close();
            onSignal.close();
        } else if (services != null) {
            services.store().close();
        }
    }
}
