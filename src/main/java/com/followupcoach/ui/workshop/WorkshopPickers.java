package com.followupcoach.ui.workshop;

import java.io.File;
import java.util.Optional;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The file dialogs of the group page, so tests can answer them without a native dialog. */
public interface WorkshopPickers {

    Optional<File> folderOfLetters(Window owner);

    Optional<File> csvTarget(Window owner);

    /** The platform's own dialogs. */
    static WorkshopPickers dialogs() {
        return new WorkshopPickers() {
            @Override
            public Optional<File> folderOfLetters(Window owner) {
                DirectoryChooser chooser = new DirectoryChooser();
                chooser.setTitle(com.followupcoach.ui.common.Messages.get("workshop.group.choose"));
                return Optional.ofNullable(chooser.showDialog(owner));
            }

            @Override
            public Optional<File> csvTarget(Window owner) {
                FileChooser chooser = new FileChooser();
                chooser.setInitialFileName("group.csv");
                chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV", "*.csv"));
                return Optional.ofNullable(chooser.showSaveDialog(owner));
            }
        };
    }
}
