package com.followupcoach.cli;

import com.followupcoach.progress.DataFolder;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What the command line asks of the desktop app.
 *
 * @param presenter  start in workshop (projector) mode
 * @param dataDir    where progress.db lives, instead of the OS's user data folder
 * @param lessonsDir a trainer's own lesson folder, loaded beside the built-in one; its
 *                   rubric.yaml, when it has one, is the rubric the app scores with
 */
public record DesktopOptions(boolean presenter, Optional<Path> dataDir, Optional<Path> lessonsDir) {

    /** The folder the app keeps its data in: {@code --data-dir}, else the user's data folder. */
    public Path dataFolder() {
        return dataDir.orElseGet(DataFolder::forCurrentUser);
    }
}
