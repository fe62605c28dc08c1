package com.followupcoach.scoring.rubric;

import com.followupcoach.scoring.text.Language;
import com.followupcoach.vocabulary.Criterion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The scoring rubric: criteria with weights and messages, rules with patterns and examples,
 * misspellings and settings. It is data ({@code lessons/rubric.yaml}); see that file for the
 * format. Immutable and safe to share between threads.
 */
public record Rubric(String source, Map<Criterion, CriterionSpec> criteria, List<Rule> rules,
                     Map<String, String> misspellings, Settings settings, Language language) {

    /** Where the built-in rubric lives among the module's resources. */
    public static final String BUILT_IN = "/lessons/rubric.yaml";

    public Rubric {
        criteria = Map.copyOf(criteria);
        rules = List.copyOf(rules);
        misspellings = Map.copyOf(misspellings);
    }

    public CriterionSpec spec(Criterion criterion) {
        return criteria.get(criterion);
    }

    /** The rubric shipped with the app. A broken built-in rubric is a build error, so unchecked. */
    public static Rubric builtIn() {
        return BuiltIn.RUBRIC;
    }

    /** Parses rubric YAML; {@code sourceName} is the file name used in error messages. */
    public static Rubric parse(String yaml, String sourceName) throws RubricException {
        return RubricParser.parse(yaml, sourceName);
    }

    /** Reads a trainer's rubric file and the rule files beside it ({@code score --rubric FILE}). */
    public static Rubric load(Path file) throws RubricException {
        return load(file, Files::readAllBytes);
    }

    /**
     * Reads a rubric file and the files it names with {@code reader}, which may bound how
     * much it reads.
     */
    public static Rubric load(Path file, RubricFiles.ByteReader reader) throws RubricException {
        return load(file, reader, new LinkedHashMap<>()).rubric();
    }

    /** Reads the rubric as {@link #load(Path, RubricFiles.ByteReader)}, keeping the bytes of every file read. */
    static RubricParser.Parsed load(Path file, RubricFiles.ByteReader reader, Map<String, byte[]> read)
            throws RubricException {
        String name = file.toString();
        byte[] bytes;
        try {
            bytes = reader.read(file);
        } catch (NoSuchFileException e) {
            throw new RubricException(name, 0, "no such file");
        } catch (IOException e) {
            throw new RubricException(name, 0, "cannot read: " + e.getMessage());
        }
        String yaml = RubricFiles.utf8(bytes, name);
        read.put(RubricSnapshot.RUBRIC_FILE, bytes);
        return RubricParser.parseWithLexicons(yaml, name,
                RubricFiles.recording(RubricFiles.beside(file, reader), read));
    }

    private static final class BuiltIn {
        static final Rubric RUBRIC = BuiltInRubric.load();
    }
}
