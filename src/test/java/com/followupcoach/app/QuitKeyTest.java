package com.followupcoach.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.followupcoach.ui.shell.ShellViewModel;
import com.followupcoach.ui.theme.ThemeManager;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Scene;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.ApplicationTest;

/** Ctrl+Q asks the window to close, as its close button does: the path that saves the draft first. */
class QuitKeyTest extends ApplicationTest {

    private final AtomicInteger closeRequests = new AtomicInteger();

    @Override
    public void start(Stage stage) {
        Scene scene = new Scene(new TextArea(), 400, 300);
        Shortcuts.install(scene, stage, new ShellViewModel(), new ThemeManager());
        // Kept open here, so the test toolkit goes on; the app lets the request close the window.
        stage.setOnCloseRequest(e -> {
            closeRequests.incrementAndGet();
            e.consume();
        });
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void ctrlQRequestsTheWindowToClose() {
        clickOn(".text-area");
        press(KeyCode.CONTROL, KeyCode.Q).release(KeyCode.Q, KeyCode.CONTROL);

        assertThat(closeRequests.get()).isEqualTo(1);
    }
}
