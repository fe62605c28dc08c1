package com.followupcoach.ui.workshop;

import com.followupcoach.vocabulary.Scenario;
import com.followupcoach.scoring.group.GroupCsv;
import com.followupcoach.scoring.group.GroupReport;
import com.followupcoach.scoring.group.GroupScoring;
import com.followupcoach.ui.common.Messages;
import java.io.File;
import java.io.IOException;
import java.util.Objects;
import java.util.concurrent.Executor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * The group's letters from a folder: read and scored on a background thread with a
 * progress value, then shown as a table and a heatmap, and exported as CSV.
 */
final class GroupViewModel {

    private final GroupScoring scoring;
    private final GroupFiles files;
    private final Executor background;
    private final Executor fx;
    private final ReadOnlyObjectWrapper<GroupReport> report = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final BooleanProperty showNames = new SimpleBooleanProperty(false);

    /**
     * @param background where reading and scoring run (never the FX thread in the app)
     * @param fx         where results are handed back (the FX thread)
     */
    GroupViewModel(GroupScoring scoring, GroupFiles files, Executor background, Executor fx) {
        this.scoring = Objects.requireNonNull(scoring);
        this.files = Objects.requireNonNull(files);
        this.background = background;
        this.fx = fx;
    }

    ReadOnlyObjectProperty<GroupReport> reportProperty() {
        return report.getReadOnlyProperty();
    }

    /** 0 to 1 while scoring. */
    ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** One line about the last load or export: how many letters, what could not be read. */
    ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** File names instead of Letter A, B…: only when the trainer asks. */
    BooleanProperty showNamesProperty() {
        return showNames;
    }

    void load(File folder) {
        if (busy.get()) {
            return;
        }
        busy.set(true);
        progress.set(0);
        message.set(Messages.format("workshop.group.scoring", folder.getName()));
        background.execute(() -> {
            try {
                GroupFiles.FolderLetters read = files.read(folder);
                int total = read.letters().size();
                GroupReport scored = scoring.score(read.letters(), Scenario.NONE,
                        done -> fx.execute(() -> progress.set(done / (double) total)));
                fx.execute(() -> finish(scored, read, folder));
            } catch (IOException | RuntimeException e) {
                fx.execute(() -> {
                    busy.set(false);
                    message.set(Messages.format("workshop.group.unreadableFolder", folder.getName(), reason(e)));
                });
            }
        });
    }

    private void finish(GroupReport scored, GroupFiles.FolderLetters read, File folder) {
        busy.set(false);
        progress.set(1);
        report.set(scored);
        String summary = scored.letters().isEmpty() ? Messages.format("workshop.group.none", folder.getName())
                : Messages.format("workshop.group.loaded", scored.letters().size(), folder.getName());
        message.set(read.unreadable().isEmpty() ? summary
                : summary + " " + Messages.format("workshop.group.skipped", String.join("; ", read.unreadable())));
    }

    void exportCsv(File target) {
        GroupReport current = report.get();
        if (current == null) {
            return;
        }
        try {
            files.saveCsv(target, GroupCsv.render(current, showNames.get()));
            message.set(Messages.format("workshop.group.exported", target.getName()));
        } catch (IOException | RuntimeException e) {
            message.set(Messages.format("workshop.group.exportFailed", target.getName(), reason(e)));
        }
    }

    private static String reason(Exception e) {
        return e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage();
    }
}
