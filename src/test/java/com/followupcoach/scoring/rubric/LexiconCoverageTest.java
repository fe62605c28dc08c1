package com.followupcoach.scoring.rubric;

import static org.assertj.core.api.Assertions.assertThat;

import com.followupcoach.scoring.tokens.TokenPattern;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every word class in lessons/lexicons is used by a rule, and the rules that name it in their
 * patterns give at least five match examples between them, so no class exists for one letter
 * and a trainer editing a class can see what it is meant to catch.
 */
class LexiconCoverageTest {

    private static final int MIN_EXAMPLES = 5;

    @Test
    void everyLexiconIsNamedByRulesWithAtLeastFiveExamples() throws IOException {
        List<Rule> rules = Rubric.builtIn().rules();
        List<String> names;
        try (Stream<Path> files = Files.list(Path.of("lessons", "lexicons"))) {
            names = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt"))
                    .map(n -> n.substring(0, n.length() - ".txt".length())).sorted().toList();
        }
        assertThat(names).as("lexicon files").isNotEmpty();
        for (String name : names) {
            List<Rule> using = rules.stream().filter(r -> names(r).contains(name)).toList();
            // a class read only in exceptions (unlessTokens) is shown by the texts it lets through
            List<Rule> excepting = rules.stream().filter(r -> exceptionNames(r).contains(name)).toList();
            assertThat(using.size() + excepting.size()).as("rules whose patterns name @%s", name).isPositive();
            assertThat(using.stream().mapToInt(r -> r.matchExamples().size()).sum()
                    + excepting.stream().mapToInt(r -> r.nomatchExamples().size()).sum())
                    .as("match examples of the rules that name @%s (%s), or nomatch examples of those whose "
                            + "exceptions name it (%s)", name, using.stream().map(Rule::id).toList(),
                            excepting.stream().map(Rule::id).toList())
                    .isGreaterThanOrEqualTo(MIN_EXAMPLES);
        }
    }

    /** The irony classes the language layer reads (rubric.yaml `language:`); rules reach them with :ironic. */
    private static final List<String> IRONY_CLASSES = List.of("irony-marker", "irony-alone", "laughter");

    private static List<String> exceptionNames(Rule rule) {
        return rule.tokens().unless().stream().map(TokenPattern::source)
                .flatMap(source -> TokenPattern.lexiconNames(source).stream()).distinct().toList();
    }

    private static List<String> names(Rule rule) {
        List<String> names = new java.util.ArrayList<>(rule.tokens().patterns().stream().map(TokenPattern::source)
                .flatMap(source -> TokenPattern.lexiconNames(source).stream()).distinct().toList());
        if (rule.tokens().patterns().stream().anyMatch(p -> p.source().contains(":ironic"))) {
            names.addAll(IRONY_CLASSES);
        }
        return names;
    }
}
