package com.followupcoach.ui.practice;

import com.followupcoach.ui.common.Messages;
import java.io.File;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * Copy, save as text and print, as the learner would send the letter. A failure is one
 * clear line in an alert; the file itself is written by the view model's file service.
 */
final class LetterExport {

    private final PracticeViewModel model;

    LetterExport(PracticeViewModel model) {
        this.model = model;
    }

    void copy() {
        ClipboardContent content = new ClipboardContent();
        content.putString(model.textProperty().get());
        Clipboard.getSystemClipboard().setContent(content);
        model.reportStatus(Messages.get("practice.status.copied"));
    }

    void saveAsText(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("practice.export.save.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("practice.export.save.filter"), "*.txt"));
        chooser.setInitialFileName(Messages.get("practice.export.save.name"));
        File file = chooser.showSaveDialog(owner);
        if (file != null) {
            model.saveAsText(file).ifPresent(error -> showError(owner, error));
        }
    }

    void print(Window owner) {
        Optional<String> error = LetterPrinter.print(owner, model.textProperty().get());
        error.ifPresent(line -> showError(owner, line));
    }

    private static void showError(Window owner, String line) {
        Alert alert = new Alert(Alert.AlertType.ERROR, line);
        alert.initOwner(owner);
        alert.setHeaderText(null);
        alert.setTitle(Messages.get("app.title"));
        alert.show();
    }
}
