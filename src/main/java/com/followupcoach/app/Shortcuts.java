package com.followupcoach.app;

import com.followupcoach.ui.shell.Page;
import com.followupcoach.ui.shell.ShellViewModel;
import com.followupcoach.ui.theme.ThemeManager;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/** Window-wide keys: pages, zoom, presenter mode, full screen and quit. */
final class Shortcuts {

    private Shortcuts() {
    }

    static void install(Scene scene, Stage stage, ShellViewModel shell, ThemeManager themes) {
        var keys = scene.getAccelerators();
        Page[] pages = Page.values();
        KeyCode[] digits = {KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4};
        for (int i = 0; i < pages.length && i < digits.length; i++) {
            Page page = pages[i];
            keys.put(new KeyCodeCombination(digits[i], KeyCombination.SHORTCUT_DOWN), () -> shell.show(page));
        }
        keys.put(new KeyCodeCombination(KeyCode.PLUS, KeyCombination.SHORTCUT_DOWN), themes::zoomIn);
        // On most layouts "+" is Shift+"=": accept "=" with or without Shift.
        keys.put(new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_ANY),
                themes::zoomIn);
        keys.put(new KeyCodeCombination(KeyCode.ADD, KeyCombination.SHORTCUT_DOWN), themes::zoomIn);
        keys.put(new KeyCodeCombination(KeyCode.MINUS, KeyCombination.SHORTCUT_DOWN), themes::zoomOut);
        keys.put(new KeyCodeCombination(KeyCode.SUBTRACT, KeyCombination.SHORTCUT_DOWN), themes::zoomOut);
        keys.put(new KeyCodeCombination(KeyCode.DIGIT0, KeyCombination.SHORTCUT_DOWN), themes::resetZoom);
        keys.put(new KeyCodeCombination(KeyCode.F5), () -> themes.presenterProperty().set(!themes.presenterProperty().get()));
        keys.put(new KeyCodeCombination(KeyCode.F11), () -> stage.setFullScreen(!stage.isFullScreen()));
        // Quits as the window's close button does, so the same close path saves the draft first.
        keys.put(new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN),
                () -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
    }
}
