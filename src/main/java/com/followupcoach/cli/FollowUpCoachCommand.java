package com.followupcoach.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code followup-coach}: without a subcommand, starts the desktop app. */
@Command(name = "followup-coach",
        mixinStandardHelpOptions = true,
        versionProvider = AppVersion.class,
        description = "Learn to answer an interview rejection with a follow-up letter.",
        subcommands = {ScoreCommand.class, LessonsCommand.class, ProgressCommand.class})
public final class FollowUpCoachCommand implements Callable<Integer> {

    /** Exit codes of the command-line contract (DESIGN.md). */
    public static final int DONE = 0;
    public static final int FOUND_ERRORS = 1;
    public static final int BAD_USAGE = 2;
    public static final int UNREADABLE_INPUT = 3;

    @Option(names = "--presenter", description = "Start in workshop (projector) mode.")
    boolean presenter;

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Where progress.db lives (default: the user data folder).")
    Path dataDir;

    @Option(names = "--lessons", paramLabel = "DIR",
            description = "A lesson folder of your own, loaded beside the built-in lessons; "
                    + "its rubric.yaml, if it has one, scores the letters (else the built-in rubric).")
    Path lessonsDir;

    private final Consumer<DesktopOptions> desktop;

    FollowUpCoachCommand(Consumer<DesktopOptions> desktop) {
        this.desktop = desktop;
    }

    @Override
    public Integer call() {
        desktop.accept(new DesktopOptions(presenter, Optional.ofNullable(dataDir), Optional.ofNullable(lessonsDir)));
        return DONE;
    }

    /** Runs the command line; returns the process exit code. */
    public static int execute(String[] args, Consumer<DesktopOptions> desktop) {
        return execute(args, desktop, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
    }

    static int execute(String[] args, Consumer<DesktopOptions> desktop, PrintWriter out, PrintWriter err) {
        if (args.length == 0) {
            // The common start, from a desktop icon: skip building the whole command model,
            // which costs a noticeable part of the time to the first window.
            desktop.accept(new DesktopOptions(false, Optional.empty(), Optional.empty()));
            return DONE;
        }
        CommandLine cli = new CommandLine(new FollowUpCoachCommand(desktop));
        cli.setOut(out);
        cli.setErr(err);
        cli.setExitCodeExceptionMapper(e -> BAD_USAGE);
        // Usage mistakes get one line and a hint, not the whole help text.
        cli.setParameterExceptionHandler((e, a) -> {
            e.getCommandLine().getErr().println("followup-coach: " + e.getMessage());
            e.getCommandLine().getErr().println("Try 'followup-coach --help'.");
            return BAD_USAGE;
        });
        // Nothing unexpected reaches a user as a stack trace.
        cli.setExecutionExceptionHandler((e, c, p) -> {
            c.getErr().println("followup-coach: " + describe(e));
            return UNREADABLE_INPUT;
        });
        return cli.execute(args);
    }

    static String describe(Throwable e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }
}
