package com.followupcoach.files.yaml;

import com.followupcoach.files.Problem;
import java.util.List;

/**
 * Where the problems of one file go. Readers report and carry on, so a file with five
 * mistakes shows five problems in one run; {@link #count()} lets a reader see whether the
 * part it was building picked up any (and then drop it).
 */
public final class FileProblems {

    private final String file;
    private final List<Problem> sink;
    private int count;

    /**
     * @param file how problems name the file
     * @param sink the list problems are added to (shared by every file of a check)
     */
    public FileProblems(String file, List<Problem> sink) {
        this.file = file;
        this.sink = sink;
    }

    public String file() {
        return file;
    }

    public void at(int line, String message) {
        sink.add(new Problem(file, Math.max(0, line), message));
        count++;
    }

    /** How many problems this file has reported so far. */
    public int count() {
        return count;
    }
}
