package com.followupcoach.ui.workshop;

import com.followupcoach.ui.workshop.WorkshopViewModel.Blank;
import com.followupcoach.ui.workshop.WorkshopViewModel.Mode;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The keys of a presentation clicker and of PowerPoint's slide show, for the whole
 * window while workshop content is shown, wherever the focus is: Right, Space and
 * Page Down go on; Left and Page Up go back; Esc leaves; B and W blank the screen black
 * or white and any key brings it back; N shows the presenter notes. The timer takes
 * Space (start or pause), A or + (a minute more) and R (reset).
 */
final class ClickerKeys {

    private ClickerKeys() {
    }

    /**
     * @param typing whether the focus is in a text field, where letters and Space are text
     * @return whether the key was used (and so must go no further)
     */
    static boolean handle(WorkshopViewModel model, KeyEvent event, boolean typing) {
        if (model.blankProperty().get() != Blank.NONE) {
            model.blank(Blank.NONE);
            return true;
        }
        if (event.isShortcutDown() || event.isAltDown() || event.isControlDown() || event.isMetaDown() || typing) {
            return false;
        }
        KeyCode code = event.getCode();
        switch (code) {
            case B, PERIOD -> model.blank(Blank.BLACK);
            case W, COMMA -> model.blank(Blank.WHITE);
            case N -> model.toggleNotes();
            default -> {
                return modeKey(model, code);
            }
        }
        return true;
    }

    private static boolean modeKey(WorkshopViewModel model, KeyCode code) {
        Mode mode = model.modeProperty().get();
        if (code == KeyCode.ESCAPE && mode != Mode.HOME) {
            model.leave();
            return true;
        }
        if (mode == Mode.SLIDES || mode == Mode.WALKTHROUGH) {
            if (code == KeyCode.RIGHT || code == KeyCode.PAGE_DOWN || code == KeyCode.SPACE || code == KeyCode.DOWN) {
                model.forward();
                return true;
            }
            if (code == KeyCode.LEFT || code == KeyCode.PAGE_UP || code == KeyCode.UP) {
                model.back();
                return true;
            }
        }
        if (mode == Mode.TIMER) {
            CountdownTimer timer = model.timer();
            switch (code) {
                case SPACE, RIGHT, PAGE_DOWN, S -> timer.toggle();
                case A, PLUS, ADD, EQUALS -> timer.addMinute();
                case R -> timer.reset();
                default -> {
                    return false;
                }
            }
            return true;
        }
        return false;
    }
}
