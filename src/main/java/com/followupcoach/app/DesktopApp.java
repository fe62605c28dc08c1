package com.followupcoach.app;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;

/** The composition root of the desktop app. */
public final class DesktopApp extends Application {

    @Override
    public void start(Stage stage) {
        stage.setTitle("Follow-Up Coach");
        stage.setScene(new Scene(new BorderPane(), 1280, 800));
        stage.show();
    }
}
