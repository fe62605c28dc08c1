package com.followupcoach.cli;

import com.followupcoach.progress.OpenedStore;
import com.followupcoach.progress.Profile;
import com.followupcoach.progress.ProgressStore;
import com.followupcoach.progress.ProgressStoreOpener;
import com.followupcoach.progress.exchange.InvalidExportException;
import com.followupcoach.progress.exchange.ProgressImporter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code progress import}: a JSON export becomes a new profile. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Add the progress in a JSON export as a new profile (named after the exported one).")
public final class ProgressImportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--data-dir", paramLabel = "DIR", description = "Where progress.db lives (default: the user data folder).")
    Path dataDir;

    @Parameters(paramLabel = "FILE", description = "A .json file written by 'progress export'.")
    Path file;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        // Exclusive: an import under a running app would go unseen by it until restart, and
        // a memory-only store would lose the import silently; both are refused.
        OpenedStore opened = new ProgressStoreOpener(Clock.systemUTC()).openExclusively(ProgressCommand.dataDir(dataDir));
        try (ProgressStore store = opened.store()) {
            if (!opened.persistent()) {
                return ProgressCommand.fail(err, FollowUpCoachCommand.UNREADABLE_INPUT,
                        "cannot import now: " + opened.problem().orElse("the progress file cannot be written"));
            }
            opened.warning().ifPresent(warning -> err.println("followup-coach: warning: " + warning));
            Profile profile = new ProgressImporter(store).importFile(file);
            spec.commandLine().getOut().println("Imported " + file + " as profile \"" + profile.name() + "\"");
            return FollowUpCoachCommand.DONE;
        } catch (InvalidExportException e) {
            return ProgressCommand.fail(err, FollowUpCoachCommand.UNREADABLE_INPUT,
                    "cannot import " + file + ": " + e.getMessage());
        } catch (IOException e) {
            return ProgressCommand.fail(err, FollowUpCoachCommand.UNREADABLE_INPUT,
                    "cannot read " + file + ": " + ProgressCommand.reason(e));
        }
    }
}
