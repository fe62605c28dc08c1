package com.followupcoach.app;

import com.followupcoach.progress.PrivateFiles;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;

/**
 * Where an exception that nothing caught goes: its whole trace into {@code errors.log} beside
 * the learner's data, and one line to the terminal that names that file. Without it the JVM
 * prints the trace itself, which is what a learner who started the app from a terminal sees,
 * for instance when the session ends: JavaFX's renderer stops in its own shutdown hook while
 * a last pulse still asks it to draw. During shutdown even the one line is left out, since
 * nothing is wrong that the learner could act on; the log keeps it.
 */
final class UnexpectedErrors implements Thread.UncaughtExceptionHandler {

    static final String LOG_NAME = "errors.log";
    /** Past this size the log is moved aside to errors.log.1, so it never grows without bound. */
    static final long ROLL_OVER_BYTES = 512 * 1024;

    private final Path log;
    private final PrintStream terminal;
    private final Clock clock;
    private volatile boolean shuttingDown;

    UnexpectedErrors(Path dataFolder, PrintStream terminal, Clock clock) {
        this.log = dataFolder.resolve(LOG_NAME);
        this.terminal = terminal;
        this.clock = clock;
    }

    /** Handles every thread's uncaught exceptions, the FX thread's included, from now on. */
    static void install(Path dataFolder) {
        UnexpectedErrors handler = new UnexpectedErrors(dataFolder, System.err, Clock.systemDefaultZone());
        Thread.setDefaultUncaughtExceptionHandler(handler);
        Runtime.getRuntime().addShutdownHook(new Thread(handler::shutdownStarted, "errors-at-exit"));
    }

    void shutdownStarted() {
        shuttingDown = true;
    }

    @Override
    public void uncaughtException(Thread thread, Throwable error) {
        boolean logged = append(thread, error);
        if (shuttingDown) {
            return;
        }
        String what = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
        terminal.println(logged
                ? "Follow-Up Coach: unexpected error (" + firstLine(what) + "); details in " + log
                : "Follow-Up Coach: unexpected error (" + firstLine(what) + ")");
    }

    private synchronized boolean append(Thread thread, Throwable error) {
        StringWriter trace = new StringWriter();
        try (PrintWriter out = new PrintWriter(trace)) {
            out.printf("%s on thread %s%n", Instant.now(clock), thread.getName());
            error.printStackTrace(out);
        }
        try {
            // The folder is the store's to make (0700, and only where it keeps its data):
            // an error before the store opened it is not a reason to make it.
            if (!Files.isDirectory(log.getParent())) {
                return false;
            }
            if (Files.exists(log) && Files.size(log) > ROLL_OVER_BYTES) {
                Files.move(log, log.resolveSibling(LOG_NAME + ".1"), StandardCopyOption.REPLACE_EXISTING);
            }
            if (!Files.exists(log)) {
                // A trace can quote the learner's words: private like the rest of their data.
                Files.createFile(log, PrivateFiles.newFile(log));
            }
            Files.writeString(log, trace.toString(), StandardCharsets.UTF_8, StandardOpenOption.APPEND);
            return true;
        } catch (IOException | RuntimeException unwritable) {
            // A full disk or a read-only folder: the terminal line is all there is then.
            return false;
        }
    }

    private static String firstLine(String text) {
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end).strip();
    }
}
