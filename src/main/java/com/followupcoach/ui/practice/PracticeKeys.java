package com.followupcoach.ui.practice;

import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Practice's keys. They are caught as the key event passes down to the focused control,
 * so they work wherever the focus is on the page and before the editor can take Enter.
 */
final class PracticeKeys {

    static final KeyCombination CHECK = new KeyCodeCombination(KeyCode.F7);
    static final KeyCombination NEXT_FINDING = new KeyCodeCombination(KeyCode.F8);
    static final KeyCombination PREVIOUS_FINDING = new KeyCodeCombination(KeyCode.F8, KeyCombination.SHIFT_DOWN);
    static final KeyCombination APPLY = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.ALT_DOWN);
    static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination SUBMIT = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination HISTORY = new KeyCodeCombination(KeyCode.H, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination PRINT = new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination SAVE_AS_TEXT = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    static final KeyCombination DISMISS = new KeyCodeCombination(KeyCode.DELETE, KeyCombination.ALT_DOWN);

    private final Map<KeyCombination, Runnable> actions = new LinkedHashMap<>();

    PracticeKeys on(KeyCombination keys, Runnable action) {
        actions.put(keys, action);
        return this;
    }

    void installOn(Node page) {
        page.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            for (Map.Entry<KeyCombination, Runnable> entry : actions.entrySet()) {
                if (entry.getKey().match(e)) {
                    entry.getValue().run();
                    e.consume();
                    return;
                }
            }
        });
    }
}
