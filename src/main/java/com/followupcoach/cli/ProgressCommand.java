package com.followupcoach.cli;

import com.followupcoach.progress.DataFolder;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code followup-coach progress}: export or import a learner's progress. */
@Command(name = "progress",
        mixinStandardHelpOptions = true,
        description = "Export a profile's progress (JSON or CSV), or import a JSON export as a new profile.",
        subcommands = {ProgressExportCommand.class, ProgressImportCommand.class})
public final class ProgressCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        err.println("followup-coach: progress needs a subcommand: export or import");
        err.println("Try 'followup-coach progress --help'.");
        return FollowUpCoachCommand.BAD_USAGE;
    }

    /** The folder given with --data-dir, or the OS's user data folder. */
    static Path dataDir(Path given) {
        return given != null ? given : DataFolder.forCurrentUser();
    }

    /** Why a file could not be read or written, in a few words. */
    static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        return FollowUpCoachCommand.describe(e);
    }

    /** The one-line error format of the command-line contract. */
    static int fail(PrintWriter err, int exitCode, String message) {
        err.println("followup-coach: " + message);
        return exitCode;
    }
}
