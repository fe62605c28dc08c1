package com.followupcoach.scoring.rubric;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * A trainer's lesson folder with a rubric of its own: the built-in rubric's files copied from
 * the project's {@code lessons/} (rubric.yaml, rules/, lexicons/ when there, spellings.txt), rubric.yaml
 * edited by the test so that scoring with it can be told from scoring with the built-in one.
 */
public final class TrainerRubric {

    /** Gratitude's "met" message in the built-in rubric, which tests replace. */
    public static final String BUILT_IN_THANKS = "You thank them sincerely, which sets a gracious tone.";
    /** The replacement, proof that the trainer's rubric scored the letter. */
    public static final String TRAINER_THANKS = "Thanks noted by the workshop's own rubric.";

    private static final Path SOURCE = Path.of("lessons");

    private TrainerRubric() {
    }

    /** Writes the built-in rubric into {@code folder} with gratitude's "met" message replaced. */
    public static Path writeInto(Path folder) throws IOException {
        return writeInto(folder, text -> {
            if (!text.contains(BUILT_IN_THANKS)) {
                throw new IllegalStateException("gratitude's message has changed in lessons/rubric.yaml: update this helper");
            }
            return text.replace(BUILT_IN_THANKS, TRAINER_THANKS);
        });
    }

    /** Writes the built-in rubric into {@code folder}, rubric.yaml edited by {@code edit}; returns rubric.yaml. */
    public static Path writeInto(Path folder, UnaryOperator<String> edit) throws IOException {
        String text = Files.readString(SOURCE.resolve(FolderRubric.FILE_NAME));
        String edited = edit.apply(text);
        for (String sub : List.of("rules", "lexicons")) {
            copyTree(SOURCE.resolve(sub), folder.resolve(sub));
        }
        Files.copy(SOURCE.resolve("spellings.txt"), folder.resolve("spellings.txt"));
        return Files.writeString(folder.resolve(FolderRubric.FILE_NAME), edited);
    }

    private static void copyTree(Path from, Path to) throws IOException {
        if (!Files.isDirectory(from)) {
            return;
        }
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.sorted().toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }
}
