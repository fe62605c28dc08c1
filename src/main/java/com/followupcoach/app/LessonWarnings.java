package com.followupcoach.app;

import com.followupcoach.files.Problem;
import com.followupcoach.lessons.LessonLibrary;
import com.followupcoach.lessons.RootReport;
import com.followupcoach.lessons.Skipped;
import com.followupcoach.ui.common.Messages;
import java.util.stream.Collectors;

/** One line for the window that says which lessons were skipped and where to look. */
final class LessonWarnings {

    private LessonWarnings() {
    }

    static String describe(LessonLibrary library) {
        String skipped = library.skipped().stream().map(Skipped::path).collect(Collectors.joining(", "));
        String firstProblem = library.reports().stream()
                .filter(r -> !r.problems().isEmpty())
                .findFirst()
                .map(r -> r.root().folder() + ": " + r.problems().get(0))
                .orElse("");
        return skipped.isEmpty()
                ? Messages.format("lessons.problems", library.problems().size(), firstProblem)
                : Messages.format("lessons.skipped", library.skipped().size(), skipped, firstProblem);
    }
}
