package com.followupcoach.ui.practice;

import com.followupcoach.ui.theme.ThemeManager;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** Shows the Practice page for a view model on a test's stage, themed, with one task open. */
final class PracticeStage {

    private PracticeStage() {
    }

    static void show(Stage stage, PracticeViewModel model, String taskId) {
        Scene scene = new Scene(new PracticeView(model), 1280, 800);
        new ThemeManager().attach(scene);
        stage.setScene(scene);
        stage.show();
        model.open(taskId);
    }
}
