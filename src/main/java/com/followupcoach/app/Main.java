package com.followupcoach.app;

import com.followupcoach.cli.FollowUpCoachCommand;

/**
 * The one entry point of the launcher. The command line decides whether a window opens:
 * {@code score}, {@code lessons} and {@code progress} run without starting JavaFX.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        // First of all: SQLite extracts its library and JavaFX its fonts into these folders.
        TempFolders.useAppCache();
        // Exit explicitly: after the window closes, background threads (autosave, the
        // critique worker) must not keep the process alive.
        System.exit(FollowUpCoachCommand.execute(args, DesktopLauncher::launch));
    }
}
