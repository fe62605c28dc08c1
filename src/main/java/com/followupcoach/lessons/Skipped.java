package com.followupcoach.lessons;

import com.followupcoach.files.Problem;
import java.util.List;

/**
 * A module or sample letter that was not loaded because of problems in its files.
 *
 * @param path    the module folder ("02-timing") or sample file ("samples/angry.md")
 * @param reasons the problems that caused it
 */
public record Skipped(Kind kind, String path, List<Problem> reasons) {

    public enum Kind {
        MODULE,
        SAMPLE
    }

    public Skipped {
        reasons = List.copyOf(reasons);
    }
}
