package com.followupcoach.cli;

import com.followupcoach.progress.OpenedStore;
import com.followupcoach.progress.Profile;
import com.followupcoach.progress.ProgressStore;
import com.followupcoach.progress.ProgressStoreOpener;
import com.followupcoach.progress.exchange.ExportFormat;
import com.followupcoach.progress.exchange.ProgressExporter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code progress export}: one profile's progress to a .json or .csv file. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write a profile's progress to FILE: .json (everything, re-importable) or .csv (one row per attempt).")
public final class ProgressExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--data-dir", paramLabel = "DIR", description = "Where progress.db lives (default: the user data folder).")
    Path dataDir;

    @Option(names = "--profile", paramLabel = "NAME", description = "The profile to export (default: the one used last).")
    String profileName;

    @Option(names = "--out", paramLabel = "FILE", required = true, description = "The file to write, ending in .json or .csv.")
    Path out;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (ExportFormat.of(out).isEmpty()) {
            return ProgressCommand.fail(err, FollowUpCoachCommand.BAD_USAGE, "--out must end in .json or .csv: " + out);
        }
        Path dir = ProgressCommand.dataDir(dataDir);
        if (!Files.exists(dir.resolve(ProgressStoreOpener.DATABASE_FILE))) {
            return ProgressCommand.fail(err, FollowUpCoachCommand.UNREADABLE_INPUT, "no progress found in " + dir);
        }
        // Shared: exporting while the app runs is safe, and must not disturb it.
        OpenedStore opened = new ProgressStoreOpener(Clock.systemUTC()).openShared(dir);
        opened.problem().ifPresent(problem -> err.println("followup-coach: warning: " + problem));
        try (ProgressStore store = opened.store()) {
            Optional<Profile> profile = profileName == null
                    ? Optional.of(store.profiles().lastActive()) : store.profiles().findByName(profileName);
            if (profile.isEmpty()) {
                String known = store.profiles().list().stream().map(Profile::name).collect(Collectors.joining(", "));
                return ProgressCommand.fail(err, FollowUpCoachCommand.BAD_USAGE,
                        "no profile named \"" + profileName + "\" (profiles: " + known + ")");
            }
            new ProgressExporter(store, Clock.systemUTC()).export(profile.get(), out);
            spec.commandLine().getOut().println("Exported the progress of \"" + profile.get().name() + "\" to " + out);
            return FollowUpCoachCommand.DONE;
        } catch (IOException e) {
            return ProgressCommand.fail(err, FollowUpCoachCommand.UNREADABLE_INPUT,
                    "cannot write " + out + ": " + ProgressCommand.reason(e));
        }
    }
}
