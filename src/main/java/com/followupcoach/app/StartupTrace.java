package com.followupcoach.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * For scripts/trace-startup.sh: with {@code -Dfollowupcoach.startupTrace=true} the app prints
 * one line per step of its start (wall clock and the CPU time the process has used so far),
 * so that the cost of each step shows without a profiler. Off, it costs one property lookup.
 */
final class StartupTrace {

    static final String PROPERTY = "followupcoach.startupTrace";
    private static final boolean ON = Boolean.getBoolean(PROPERTY);

    private StartupTrace() {
    }

    static void mark(String step) {
        if (ON) {
            System.out.println("followup-coach: step " + step + " at " + System.currentTimeMillis()
                    + " cpu " + cpuMillis() + " on " + Thread.currentThread().getName());
        }
    }

    /** User and system time of the whole process, from /proc (Linux); -1 elsewhere. */
    private static long cpuMillis() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            // The fields after the command name, which is in parentheses and may hold spaces.
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }
}
