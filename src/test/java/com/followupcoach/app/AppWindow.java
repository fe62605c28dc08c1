package com.followupcoach.app;

import com.followupcoach.cli.DesktopOptions;
import com.followupcoach.ui.shell.ShellViewModel;
import com.followupcoach.ui.theme.ThemeManager;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** The real app's window on a test's stage: its services, wiring, theme and keys, as DesktopApp builds them. */
record AppWindow(AppServices services, AppWiring wiring, ThemeManager themes) {

    static AppWindow show(Stage stage, DesktopOptions options, ShellViewModel shell, double width, double height) {
        AppServices services = AppServices.load(options);
        ThemeManager themes = new ThemeManager();
        AppWiring wiring = new AppWiring(services, options, themes, shell);
        Scene scene = new Scene(wiring.view(), width, height);
        themes.attach(scene);
        Shortcuts.install(scene, stage, shell, themes);
        stage.setScene(scene);
        stage.show();
        return new AppWindow(services, wiring, themes);
    }
}
