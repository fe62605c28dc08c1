package com.followupcoach.ui.practice;

import com.followupcoach.ui.common.AppIcon;
import com.followupcoach.ui.common.Messages;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Separator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.geometry.Orientation;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.undo.UndoManager;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The row above the editor: undo and redo, writing vs checking mode, history, export and
 * the "ready" mark. Every button names its key in its tooltip, and icon-only buttons carry
 * their name as accessible text. On a narrow window the row wraps: no button is ever
 * scrolled out of sight.
 */
final class PracticeToolbar extends FlowPane {

    final Button undo = iconButton("undo", AppIcon.UNDO, "practice.undo");
    final Button redo = iconButton("redo", AppIcon.REDO, "practice.redo");
    final ToggleButton live = new ToggleButton(Messages.get("practice.live"));
    final Button check = textButton("check-now", AppIcon.CHECK_ALL, "practice.check", "practice.check.tip");
    final Button history = textButton("open-history", AppIcon.HISTORY, "practice.history", "practice.history.tip");
    final Button copy = iconButton("copy-letter", AppIcon.CONTENT_COPY, "practice.export.copy");
    final Button saveText = iconButton("save-text", AppIcon.FILE_EXPORT_OUTLINE, "practice.export.save");
    final Button print = iconButton("print-letter", AppIcon.PRINTER, "practice.export.print");
    final Button markReady = textButton("mark-ready", AppIcon.COFFEE_OUTLINE, "practice.ready.mark",
            "practice.ready.tip");

    PracticeToolbar(PracticeViewModel model, StyleClassedTextArea area) {
        getStyleClass().add("practice-toolbar");
        setHgap(6);
        setVgap(4);
        setId("practice-toolbar");
        UndoManager<?> undoManager = area.getUndoManager();
        // Bound to the Val itself: it re-validates only when read through its own value.
        undo.disableProperty().bind(undoManager.undoAvailableProperty().map(available -> !available));
        redo.disableProperty().bind(undoManager.redoAvailableProperty().map(available -> !available));
        undo.setOnAction(e -> area.undo());
        redo.setOnAction(e -> area.redo());

        live.setId("live-toggle");
        live.setGraphic(FontIcon.of(AppIcon.FLASH_OUTLINE));
        live.setAccessibleText(Messages.get("practice.live"));
        live.setTooltip(new Tooltip(Messages.get("practice.live.tip")));
        live.selectedProperty().bindBidirectional(model.liveCritiqueProperty());
        check.setOnAction(e -> model.requestCritique());
        markReady.managedProperty().bind(markReady.visibleProperty());
        markReady.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> model.taskProperty().get() != null && model.taskProperty().get().ownLetter(), model.taskProperty()));
        markReady.setOnAction(e -> model.markReady());

        getChildren().addAll(undo, redo, separator(), live, check, separator(), history, separator(),
                copy, saveText, print, separator(), markReady);
        // Where the labelled buttons would not fit on one row, they show their icons only
        // (their names stay in the tooltip and for screen readers).
        widthProperty().addListener((obs, old, now) -> fit());
        fontProperty().addListener((obs, old, now) -> fit());
        for (var node : getChildren()) {
            if (node instanceof Region region) {
                region.setMinWidth(Region.USE_PREF_SIZE);
            }
        }
    }

    /** The width of the toolbar with its labels, in units of the font size. */
    static final double LABELLED_WIDTH_EM = 48;

    private javafx.beans.property.ObjectProperty<javafx.scene.text.Font> fontProperty() {
        return live.fontProperty();
    }

    private void fit() {
        boolean compact = getWidth() > 0 && getWidth() < LABELLED_WIDTH_EM * live.getFont().getSize();
        javafx.scene.control.ContentDisplay display = compact ? javafx.scene.control.ContentDisplay.GRAPHIC_ONLY
                : javafx.scene.control.ContentDisplay.LEFT;
        for (ButtonBase button : new ButtonBase[] {live, check, history, markReady}) {
            button.setContentDisplay(display);
        }
    }

    private static Button iconButton(String id, Ikon icon, String key) {
        Button button = new Button(null, FontIcon.of(icon));
        describe(button, id, key, key + ".tip");
        button.getStyleClass().add("button-icon");
        return button;
    }

    private static Button textButton(String id, Ikon icon, String key, String tipKey) {
        Button button = new Button(Messages.get(key), FontIcon.of(icon));
        describe(button, id, key, tipKey);
        return button;
    }

    private static void describe(ButtonBase button, String id, String key, String tipKey) {
        button.setId(id);
        button.setMnemonicParsing(true);
        button.setAccessibleText(Messages.get(key).replace("_", ""));
        button.setTooltip(new Tooltip(Messages.get(tipKey)));
    }

    private static Separator separator() {
        return new Separator(Orientation.VERTICAL);
    }
}
