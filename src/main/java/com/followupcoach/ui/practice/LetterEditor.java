package com.followupcoach.ui.practice;

import com.followupcoach.scoring.Critique;
import com.followupcoach.scoring.Finding;
import com.followupcoach.ui.common.Messages;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.StringProperty;
import javafx.scene.layout.StackPane;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.StyleClassedTextArea;

/**
 * The letter editor: plain text with the critique's findings underlined. It knows which
 * finding the caret is in, so the view can explain it.
 */
final class LetterEditor extends StackPane {

    private final StyleClassedTextArea area = new StyleClassedTextArea();
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

    /** Underlines the critique's findings; a critique for older text is ignored. */
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

    /** Moves the caret to the next (or previous) finding, wrapping around. */
    void goToFinding(boolean forward) {
        if (findings.isEmpty()) {
            return;
        }
        int caret = area.getCaretPosition();
        Optional<Finding> target = forward
                ? findings.stream().filter(f -> f.start() > caret).findFirst()
                : findings.stream().filter(f -> f.end() < caret).reduce((a, b) -> b);
        Finding chosen = target.orElse(forward ? findings.get(0) : findings.get(findings.size() - 1));
        area.selectRange(chosen.start(), chosen.end());
        area.requestFollowCaret();
    }

    /** Replaces a finding's span with its suggestion, as one undoable edit. */
    void apply(Finding finding) {
        finding.suggestion().ifPresent(s -> {
            if (finding.end() <= area.getLength()) {
                area.replaceText(finding.start(), finding.end(), s);
            }
        });
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
