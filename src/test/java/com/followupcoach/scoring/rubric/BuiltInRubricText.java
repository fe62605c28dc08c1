package com.followupcoach.scoring.rubric;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The built-in rubric's own file, with its list of rule files swapped for rules given in the test. */
final class BuiltInRubricText {

    private BuiltInRubricText() {
    }

    static String text() {
        try (InputStream in = Rubric.class.getResourceAsStream(Rubric.BUILT_IN)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The settings, criteria and misspellings of the built-in rubric with {@code rules} as its only
     * rules (and without its {@code language:} files, which a rubric given as text cannot read).
     */
    static String withRules(String rules) {
        return withoutRuleFiles().replace("\nmisspellings:", "\nrules:\n" + rules + "\nmisspellings:");
    }

    /** The built-in rubric naming {@code files} as its rule files. */
    static String withRuleFiles(String... files) {
        StringBuilder list = new StringBuilder("\nruleFiles:\n");
        for (String file : files) {
            list.append("  - ").append(file).append('\n');
        }
        return withoutRuleFiles().replace("\nmisspellings:", list + "\nmisspellings:");
    }

    private static String withoutRuleFiles() {
        return text().replaceAll("\nruleFiles:\n(?:  - [^\n]*\n)*", "\n")
                .replaceAll("\nlanguage:\n(?:  [^\n]*\n)*", "\n");
    }
}
