package com.followupcoach.lessons;

import com.followupcoach.files.Problem;
import java.util.List;

/**
 * What came of loading one lesson folder.
 *
 * @param loaded   what this folder contributed, counting modules a later folder replaced
 * @param problems every problem found, in folder and file order
 * @param skipped  the modules and sample letters left out because of those problems
 */
public record RootReport(LessonRoot root, Tally loaded, List<Problem> problems, List<Skipped> skipped) {

    public RootReport {
        problems = List.copyOf(problems);
        skipped = List.copyOf(skipped);
    }

    /** Counts of what a lesson folder holds. */
    public record Tally(int modules, int questions, int exercises, int samples) {
    }
}
