package com.followupcoach.ui.practice;

import com.followupcoach.ui.common.Messages;
import com.followupcoach.vocabulary.Critique;
import com.followupcoach.vocabulary.Finding;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.StringProperty;
import javafx.geometry.Point2D;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.StackPane;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.event.MouseOverTextEvent;

/**
 * The letter editor: plain text with the critique's findings underlined. It knows which
 * finding the caret is in, so the view can explain it.
 */
final class LetterEditor extends StackPane {

    private final StyleClassedTextArea area = new StyleClassedTextArea();
    /** How long the mouse rests on a finding before its card pops up. */
    private static final java.time.Duration HOVER_DELAY = java.time.Duration.ofMillis(350);

    private final ReadOnlyObjectWrapper<Finding> findingAtCaret = new ReadOnlyObjectWrapper<>();
    private List<Finding> findings = List.of();
    private boolean updatingFromModel;

    LetterEditor() {
        area.setId("letter-editor");
        area.getStyleClass().add("letter-editor");
        area.setWrapText(true);
        area.setAccessibleText(Messages.get("practice.editor.accessible"));
        getChildren().add(new VirtualizedScrollPane<>(area));
        area.caretPositionProperty().addListener((obs, old, now) -> updateFindingAtCaret());
        area.setMouseOverTextDelay(HOVER_DELAY);
        // Shift+Enter is a line break too, as in most editors; the area alone ignores it.
        area.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (LINE_BREAK.match(e)) {
                area.replaceSelection("\n");
                area.requestFollowCaret();
                e.consume();
            }
        });
    }

    private static final KeyCombination LINE_BREAK = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHIFT_DOWN);

    /** Tells where the mouse rests on a finding, and when it leaves the text. */
    void onHover(BiConsumer<Finding, Point2D> begin, Runnable end) {
        area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_BEGIN,
                e -> findingAt(e.getCharacterIndex()).ifPresent(f -> begin.accept(f, e.getScreenPosition())));
        area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_END, e -> end.run());
    }

    /** The most severe finding covering a character. */
    Optional<Finding> findingAt(int index) {
        return findings.stream()
                .filter(f -> f.start() <= index && index < f.end())
                .min(Comparator.comparing(Finding::severity));
    }

    StyleClassedTextArea area() {
        return area;
    }

    /** Keeps the editor's text and the given property the same, both ways. */
    void bindText(StringProperty text) {
        replaceText(text.get());
        area.textProperty().addListener((obs, old, now) -> {
            if (!updatingFromModel && !now.equals(text.get())) {
                text.set(now);
            }
        });
        text.addListener((obs, old, now) -> {
            if (!now.equals(area.getText())) {
                replaceText(now);
            }
        });
    }

    /** Underlines the critique's findings, which the view model keeps in step with the text. */
    void show(Critique critique) {
        findings = critique == null ? List.of() : critique.findings().stream()
                .filter(f -> f.end() <= area.getLength())
                .sorted(Comparator.comparingInt(Finding::start))
                .toList();
        area.setStyleSpans(0, FindingHighlights.of(findings, area.getLength()));
        updateFindingAtCaret();
    }

    ReadOnlyObjectProperty<Finding> findingAtCaretProperty() {
        return findingAtCaret.getReadOnlyProperty();
    }

    /** Moves the caret into the next (or previous) finding, wrapping around; false when there is none. */
    boolean goToFinding(boolean forward) {
        if (findings.isEmpty()) {
            return false;
        }
        int caret = area.getCaretPosition();
        Optional<Finding> target = forward
                ? findings.stream().filter(f -> f.start() > caret).findFirst()
                : findings.stream().filter(f -> f.end() < caret).reduce((a, b) -> b);
        Finding chosen = target.orElse(forward ? findings.get(0) : findings.get(findings.size() - 1));
        // The caret goes inside the finding rather than selecting it: the underline already
        // shows the span, and a selected span would be replaced by the next key typed.
        area.moveTo(Math.min(chosen.start() + 1, chosen.end()));
        area.requestFollowCaret();
        return true;
    }

    /**
     * Replaces a finding's span with its suggestion, as one undoable edit: merging is
     * stopped on both sides, so Ctrl+Z takes back exactly the suggestion, not the typing.
     */
    void apply(PracticeViewModel.Suggestion edit) {
        if (edit.end() > area.getLength()) {
            return;
        }
        area.getUndoManager().preventMerge();
        area.replaceText(edit.start(), edit.end(), edit.replacement());
        area.getUndoManager().preventMerge();
        area.moveTo(edit.start() + edit.replacement().length());
    }

    private void replaceText(String text) {
        updatingFromModel = true;
        try {
            area.replaceText(text);
            // A draft loaded from the store is a starting point, not an edit to undo.
            area.getUndoManager().forgetHistory();
        } finally {
            updatingFromModel = false;
        }
    }

    private void updateFindingAtCaret() {
        int caret = area.getCaretPosition();
        findingAtCaret.set(findings.stream()
                .filter(f -> f.start() <= caret && caret <= f.end())
                .min(Comparator.comparing(Finding::severity))
                .orElse(null));
    }
}
