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
        StartupTrace.mark("main");
        // First of all: SQLite extracts its library and JavaFX its fonts into these folders.
        TempFolders.useAppCache();
        // SQLite logs through SLF4J when it is present (OpenNLP brings the API, no provider):
        // without this, every start prints three lines of SLF4J warnings on stderr.
        if (System.getProperty("slf4j.internal.verbosity") == null) {
            System.setProperty("slf4j.internal.verbosity", "ERROR");
        }
        // Exit explicitly: after the window closes, background threads (autosave, the
        // critique worker) must not keep the process alive.
        System.exit(FollowUpCoachCommand.execute(args, DesktopLauncher::launch));
    }
}
