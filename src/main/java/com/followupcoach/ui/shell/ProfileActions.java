package com.followupcoach.ui.shell;

import com.followupcoach.ui.common.Messages;
import java.io.File;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * What the profile menu's commands show: the name dialog, the delete confirmation, the
 * file choosers, and one-line alerts for what went wrong (never a stack trace).
 */
final class ProfileActions {

    private final ProfilesViewModel model;
    private final Node anchor;

    /** @param anchor a node in the window the dialogs belong to */
    ProfileActions(ProfilesViewModel model, Node anchor) {
        this.model = model;
        this.anchor = anchor;
    }

    void create() {
        show(new ProfileNameDialog(Messages.get("profiles.new.title"), Messages.get("profiles.new.header"),
                Messages.get("profiles.new.ok"), "", model::create));
    }

    void rename() {
        String current = model.active().activeProperty().get().name();
        show(new ProfileNameDialog(Messages.get("profiles.rename.title"), Messages.format("profiles.rename.header", current),
                Messages.get("profiles.rename.ok"), current, model::renameActive));
    }

    void delete() {
        String name = model.active().activeProperty().get().name();
        if (!model.canDeleteActive()) {
            alert(Alert.AlertType.INFORMATION, Messages.get("profiles.delete.title"), Messages.format("profiles.delete.last", name));
            return;
        }
        model.contentsOfActive().whenComplete((contents, failure) -> {
            if (failure != null) {
                fail(Messages.format("profiles.failed", ProfileSwitcher.reason(failure)));
                return;
            }
            ButtonType delete = new ButtonType(Messages.get("profiles.delete.ok"), ButtonBar.ButtonData.OK_DONE);
            Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, Messages.format("profiles.delete.content", name,
                    contents.lessonsStarted(), contents.quizzesTaken(), contents.lettersSubmitted(), contents.drafts()),
                    ButtonType.CANCEL, delete);
            confirm.setTitle(Messages.get("profiles.delete.title"));
            confirm.setHeaderText(Messages.format("profiles.delete.header", name));
            confirm.getDialogPane().lookupButton(delete).setId("profile-delete-ok");
            // Cancel is the default: deleting must be a deliberate choice.
            ((Button) confirm.getDialogPane().lookupButton(ButtonType.CANCEL)).setDefaultButton(true);
            ((Button) confirm.getDialogPane().lookupButton(delete)).setDefaultButton(false);
            if (show(confirm).filter(delete::equals).isPresent()) {
                model.deleteActive().whenComplete((done, error) -> {
                    if (error != null) {
                        fail(Messages.format("profiles.failed", ProfileSwitcher.reason(error)));
                    }
                });
            }
        });
    }

    void export() {
        String name = model.active().activeProperty().get().name();
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("profiles.export.title"));
        FileChooser.ExtensionFilter json = new FileChooser.ExtensionFilter(Messages.get("profiles.export.json"), "*.json");
        FileChooser.ExtensionFilter csv = new FileChooser.ExtensionFilter(Messages.get("profiles.export.csv"), "*.csv");
        chooser.getExtensionFilters().addAll(json, csv);
        chooser.setInitialFileName(Messages.format("profiles.export.file", name.replaceAll("[^\\p{L}\\p{N}._-]+", "-")));
        File chosen = chooser.showSaveDialog(window());
        if (chosen == null) {
            return;
        }
        Path file = withExtension(chosen.toPath(), chooser.getSelectedExtensionFilter() == csv ? ".csv" : ".json");
        model.exportActive(file).whenComplete((done, failure) -> {
            if (failure != null) {
                fail(Messages.format("profiles.export.failed", ProfileSwitcher.reason(failure)));
            } else {
                alert(Alert.AlertType.INFORMATION, Messages.get("profiles.export.title"),
                        Messages.format("profiles.export.done", name, file));
            }
        });
    }

    void importFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("profiles.import.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("profiles.import.json"), "*.json"));
        File chosen = chooser.showOpenDialog(window());
        if (chosen == null) {
            return;
        }
        model.importFrom(chosen.toPath()).whenComplete((profile, failure) -> {
            if (failure != null) {
                fail(Messages.format("profiles.import.failed", chosen.getName(), ProfileSwitcher.reason(failure)));
            } else {
                alert(Alert.AlertType.INFORMATION, Messages.get("profiles.import.title"),
                        Messages.format("profiles.import.done", chosen.getName(), profile.name()));
            }
        });
    }

    /** A name typed without an extension gets the one of the chosen file type. */
    static Path withExtension(Path file, String extension) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".json") || name.endsWith(".csv") ? file : file.resolveSibling(file.getFileName() + extension);
    }

    private void fail(String message) {
        alert(Alert.AlertType.ERROR, Messages.get("app.title"), message);
    }

    private void alert(Alert.AlertType type, String title, String message) {
        Alert alert = new Alert(type, message, ButtonType.OK);
        alert.setTitle(title);
        alert.setHeaderText(null);
        show(alert);
    }

    /** Dialogs are scenes of their own: they get the window's theme and zoom. */
    private <T> Optional<T> show(Dialog<T> dialog) {
        Window owner = window();
        if (owner != null) {
            dialog.initOwner(owner);
            dialog.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
            dialog.getDialogPane().setStyle(owner.getScene().getRoot().getStyle());
        }
        return dialog.showAndWait();
    }

    private Window window() {
        return anchor.getScene() == null ? null : anchor.getScene().getWindow();
    }
}
