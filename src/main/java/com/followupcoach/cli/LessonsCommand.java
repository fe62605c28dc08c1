package com.followupcoach.cli;

import com.followupcoach.files.Problem;
import com.followupcoach.lessons.LessonLoader;
import com.followupcoach.lessons.RootReport;
import com.followupcoach.lessons.Skipped;
import com.followupcoach.scoring.rubric.FolderRubric;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code followup-coach lessons}: tools for trainers who write their own lessons. */
@Command(name = "lessons",
        description = "Work with lesson folders.",
        mixinStandardHelpOptions = true,
        subcommands = LessonsCommand.Check.class)
final class LessonsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("followup-coach lessons: which one? Try 'followup-coach lessons check DIR'.");
        return FollowUpCoachCommand.BAD_USAGE;
    }

    /**
     * {@code lessons check DIR}: validates a lesson folder with the app's own loader, as the
     * app would load it with {@code --lessons DIR}, and its rubric (rubric.yaml, rule files,
     * lexicons, every rule's examples) when it has one. Problems go to stderr as
     * {@code FILE:LINE: message} (FILE relative to DIR); the one-line summary goes to stdout.
     */
    @Command(name = "check",
            description = {"Check a lesson folder for mistakes, as the app would load it with --lessons DIR,",
                "including its rubric.yaml, rule files and every rule's examples.",
                "Prints each problem as FILE:LINE: message on stderr, then a summary on stdout.",
                "Exit code: 0 no problems, 1 problems found, 2 bad usage."},
            mixinStandardHelpOptions = true)
    static final class Check implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "DIR", description = "The lesson folder (holding course.yaml, NN-module folders, samples/).")
        Path folder;

        @Override
        public Integer call() {
            PrintWriter err = spec.commandLine().getErr();
            if (!Files.exists(folder)) {
                err.println("followup-coach lessons check: no such folder: " + folder);
                return FollowUpCoachCommand.BAD_USAGE;
            }
            if (!Files.isDirectory(folder)) {
                err.println("followup-coach lessons check: not a folder: " + folder);
                return FollowUpCoachCommand.BAD_USAGE;
            }
            RootReport report = LessonLoader.check(folder);
            RubricCheck rubric = RubricCheck.of(folder);
            List<Problem> problems = new ArrayList<>(report.problems());
            problems.addAll(rubric.problems());
            // one list a trainer can work down, file by file, whichever reader found each problem
            problems.sort(Comparator.comparing(Problem::file).thenComparingInt(Problem::line));
            problems.forEach(err::println);
            err.flush();
            spec.commandLine().getOut().println(summary(report, rubric));
            return problems.isEmpty() ? FollowUpCoachCommand.DONE : FollowUpCoachCommand.FOUND_ERRORS;
        }

        /**
         * "6 modules, 38 questions, 13 exercises, 9 samples, built-in rubric: no errors", or
         * "2 errors in 1 file; 5 modules loaded, 1 skipped; rubric of 40 rules, 1 failing its examples".
         */
        static String summary(RootReport report, RubricCheck rubric) {
            RootReport.Tally loaded = report.loaded();
            List<Problem> problems = new ArrayList<>(report.problems());
            problems.addAll(rubric.problems());
            if (problems.isEmpty()) {
                return count(loaded.modules(), "module") + ", " + count(loaded.questions(), "question") + ", "
                        + count(loaded.exercises(), "exercise") + ", " + count(loaded.samples(), "sample") + ", "
                        + rubricPart(rubric) + ": no errors";
            }
            long files = problems.stream().map(Problem::file).distinct().count();
            long skippedModules = skipped(report, Skipped.Kind.MODULE);
            long skippedSamples = skipped(report, Skipped.Kind.SAMPLE);
            String summary = count(problems.size(), "error") + " in " + count(files, "file") + "; "
                    + count(loaded.modules(), "module") + " loaded, " + skippedModules + " skipped";
            if (loaded.samples() + skippedSamples > 0) {
                summary += "; " + count(loaded.samples(), "sample") + " loaded, " + skippedSamples + " skipped";
            }
            return summary + "; " + rubricPart(rubric);
        }

        /** Which rubric the app would score with, and whether its rules hold. */
        private static String rubricPart(RubricCheck rubric) {
            if (rubric.file().isEmpty()) {
                return "built-in rubric (no " + FolderRubric.FILE_NAME + ")";
            }
            if (rubric.rubric().isEmpty()) {
                return FolderRubric.FILE_NAME + " not usable (the app falls back to the built-in rubric)";
            }
            int rules = rubric.rubric().get().rules().size();
            long failing = rubric.problems().stream().map(p -> p.file() + ":" + p.line()).distinct().count();
            return "rubric of " + count(rules, "rule") + (failing == 0 ? "" : ", " + failing + " failing its examples");
        }

        private static long skipped(RootReport report, Skipped.Kind kind) {
            return report.skipped().stream().filter(s -> s.kind() == kind).count();
        }

        private static String count(long n, String noun) {
            return n + " " + noun + (n == 1 ? "" : "s");
        }
    }
}
