package com.followupcoach.app;

import com.followupcoach.progress.StorageFullException;
import com.followupcoach.ui.common.Messages;
import com.followupcoach.ui.practice.DraftAutosave;
import com.followupcoach.ui.shell.ShellViewModel;
import javafx.application.Platform;

/**
 * A failed autosave becomes a notice at once ("Your work could not be saved: the disk is
 * full…"); when a later write succeeds the notice goes and a short one says so.
 */
final class AutosaveNotices implements DraftAutosave.Listener {

    private final ShellViewModel shell;
    private volatile String shown;

    AutosaveNotices(ShellViewModel shell) {
        this.shell = shell;
    }

    @Override
    public void failed(RuntimeException reason) {
        String notice = noticeFor(reason);
        Platform.runLater(() -> {
            if (shown != null && !shown.equals(notice)) {
                shell.dismiss(shown);
            }
            shown = notice;
            shell.warn(notice);
        });
    }

    static String noticeFor(RuntimeException reason) {
        return reason instanceof StorageFullException
                ? Messages.format("storage.saveFailed", reason.getMessage())
                : Messages.format("storage.saveFailedOther", String.valueOf(reason.getMessage()));
    }

    @Override
    public void recovered() {
        Platform.runLater(() -> {
            if (shown != null) {
                shell.dismiss(shown);
                shown = null;
                shell.warn(Messages.get("storage.saveRecovered"));
            }
        });
    }
}
