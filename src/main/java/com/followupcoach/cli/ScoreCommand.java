package com.followupcoach.cli;

import com.followupcoach.scoring.ScoringEngine;
import com.followupcoach.scoring.detect.SecondCore;
import com.followupcoach.files.BoundedFiles;
import com.followupcoach.files.CacheFolder;
import com.followupcoach.scoring.group.GroupCsv;
import com.followupcoach.scoring.group.GroupScoring;
import com.followupcoach.scoring.rubric.FolderRubric;
import com.followupcoach.scoring.rubric.Rubric;
import com.followupcoach.scoring.rubric.RubricCache;
import com.followupcoach.scoring.rubric.RubricException;
import com.followupcoach.scoring.text.LetterText;
import com.followupcoach.vocabulary.Critique;
import com.followupcoach.vocabulary.Medium;
import com.followupcoach.vocabulary.Scenario;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ForkJoinPool;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code followup-coach score}: critiques letters from files or standard input, as a report
 * or as JSON lines. Runs without JavaFX. Exit codes: 0 done, 2 bad usage or a bad
 * {@code --rubric} file or lesson folder rubric, 3 an input could not be read (the others are still scored).
 */
@Command(name = "score", mixinStandardHelpOptions = true,
        description = "Score follow-up letters and explain each criterion.")
final class ScoreCommand implements Callable<Integer> {

    @Option(names = "--json", description = "Print one JSON object a line, one line per file.")
    boolean json;

    @Option(names = "--csv", description = "Print one CSV table: letter,score and each criterion's status, a row per file.")
    boolean csv;

    @Option(names = "--names", description = "With --csv: the file names in the letter column instead of A, B, C.")
    boolean names;

    @Option(names = "--rubric", paramLabel = "FILE",
            description = "Use this rubric instead of the built-in one (wins over --lessons).")
    Path rubricFile;

    @Option(names = "--lessons", paramLabel = "DIR",
            description = "Score with the rubric of this lesson folder (its rubric.yaml; the built-in one if it has none).")
    Path lessonsDir;

    @Option(names = "--company", paramLabel = "NAME", description = "The employer, as the letter should spell it.")
    String company;

    @Option(names = "--role", paramLabel = "TITLE", description = "The job title applied for.")
    String role;

    @Option(names = "--interviewer", paramLabel = "NAME", description = "The person the letter is to.")
    String interviewer;

    @Option(names = "--days-since-rejection", paramLabel = "N", description = "Days between the rejection and sending.")
    Integer daysSinceRejection;

    @Option(names = "--medium", paramLabel = "email|paper", description = "How the letter is sent.")
    String medium;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Letters to score; - reads standard input.")
    List<String> files;

    @Spec
    CommandSpec spec;

    /** {@code followup-coach --lessons DIR score …} names the folder before the subcommand. */
    @ParentCommand
    FollowUpCoachCommand parent;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Optional<String> usage = checkUsage();
        if (usage.isPresent()) {
            err.println("followup-coach: " + usage.get());
            return FollowUpCoachCommand.BAD_USAGE;
        }
        // The first letter is read, and the part of its reading that needs no rubric done on
        // a second core, while the rubric loads: on a megabyte each takes a few hundred
        // milliseconds of a cold start. Its errors are still told in turn, after the rubric's.
        // Standard input is read only once the rubric is known to be usable, as before.
        Input first = files.get(0).equals("-") ? null : Input.read(files.get(0));
        CompletableFuture<LetterText.Prepared> prepared = csv || first == null || first.text.isEmpty() ? null
                : CompletableFuture.supplyAsync(() -> LetterText.prepare(first.text.get()), ForkJoinPool.commonPool());
        Rubric rubric;
        try {
            rubric = rubric();
        } catch (RubricException e) {
            err.println(e.getMessage());
            return FollowUpCoachCommand.BAD_USAGE;
        }
        ScoringEngine engine = new ScoringEngine(rubric);
        Scenario scenario = scenario();
        int exit = FollowUpCoachCommand.DONE;
        List<GroupScoring.Entry> group = new ArrayList<>();
        for (int position = 0; position < files.size(); position++) {
            String file = files.get(position);
            Input input = position == 0 && first != null ? first : Input.read(file);
            if (input.text.isEmpty()) {
                err.println(input.error);
                exit = FollowUpCoachCommand.UNREADABLE_INPUT;
                continue;
            }
            Optional<String> text = input.text;
            if (csv) {
                group.add(new GroupScoring.Entry(position, file, text.get()));
                continue;
            }
            Critique critique = position == 0 && prepared != null ? engine.score(SecondCore.join(prepared), scenario)
                    : engine.score(text.get(), scenario);
            if (json) {
                out.print(CritiqueJson.toJson(file, critique) + System.lineSeparator());
            } else {
                CritiqueReport.render(file, text.get(), critique, out);
            }
            out.flush();
        }
        if (csv) {
            out.print(GroupCsv.render(new GroupScoring(engine).score(group, scenario), names));
            out.flush();
        }
        return exit;
    }

    private Optional<String> checkUsage() {
        if (daysSinceRejection != null && daysSinceRejection < 0) {
            return Optional.of("--days-since-rejection must be 0 or more");
        }
        if (csv && json) {
            return Optional.of("--csv and --json cannot be used together");
        }
        if (names && !csv) {
            return Optional.of("--names goes with --csv");
        }
        if (medium != null && !medium.equals("email") && !medium.equals("paper")) {
            return Optional.of("--medium must be email or paper");
        }
        return Optional.empty();
    }

    private Scenario scenario() {
        return new Scenario(Optional.ofNullable(company).filter(s -> !s.isBlank()),
                Optional.ofNullable(role).filter(s -> !s.isBlank()),
                Optional.ofNullable(interviewer).filter(s -> !s.isBlank()),
                Optional.ofNullable(daysSinceRejection),
                Optional.ofNullable(medium).map(m -> m.equals("paper") ? Medium.PAPER : Medium.EMAIL), List.of());
    }


    /** A file's text, or the one line that says why it could not be read. */
    private record Input(Optional<String> text, String error) {

        /**
         * The file's text, decoded leniently (malformed bytes become U+FFFD). Only a regular
         * file up to {@link BoundedFiles#LETTER_LIMIT} is read.
         */
        static Input read(String file) {
            try {
                byte[] bytes = file.equals("-") ? BoundedFiles.read(System.in, BoundedFiles.LETTER_LIMIT)
                        : BoundedFiles.read(Path.of(file), BoundedFiles.LETTER_LIMIT);
                String text = new String(bytes, StandardCharsets.UTF_8);
                return new Input(Optional.of(text.startsWith("\uFEFF") ? text.substring(1) : text), "");
            } catch (BoundedFiles.UnreadableInputException e) {
                return unreadable(file, e.getMessage());
            } catch (NoSuchFileException e) {
                return unreadable(file, "no such file");
            } catch (AccessDeniedException e) {
                return unreadable(file, "permission denied");
            } catch (IOException | RuntimeException e) {
                return unreadable(file, FollowUpCoachCommand.describe(e));
            }
        }

        private static Input unreadable(String file, String why) {
            return new Input(Optional.empty(), "followup-coach: cannot read " + file + ": " + why);
        }
    }

    /**
     * {@code --rubric FILE}, else the rubric of the lesson folder ({@code --lessons DIR}, here
     * or before {@code score}), else the built-in one. Unlike the app, a broken trainer's
     * rubric is not replaced: a score from the wrong rubric would be worse than none.
     */
    private Rubric rubric() throws RubricException {
        if (rubricFile != null) {
            return trainersRubrics().load(rubricFile);
        }
        Path folder = lessonsDir != null ? lessonsDir : parent == null ? null : parent.lessonsDir;
        if (folder == null) {
            return Rubric.builtIn();
        }
        if (!Files.isDirectory(folder)) {
            throw new RubricException(folder.toString(), 0, "no such lesson folder");
        }
        Optional<Path> file = FolderRubric.fileIn(folder);
        if (file.isEmpty()) {
            return Rubric.builtIn();
        }
        try {
            return trainersRubrics().load(file.get());
        } catch (RuntimeException e) {
            throw FolderRubric.unforeseen(file.get(), e);
        }
    }

    /** A trainer's rubric is read through its snapshot in the user's cache while its files are unchanged. */
    private static RubricCache trainersRubrics() {
        return RubricCache.in(CacheFolder.current());
    }
}
