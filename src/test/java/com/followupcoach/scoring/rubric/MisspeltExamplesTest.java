package com.followupcoach.scoring.rubric;

import static org.assertj.core.api.Assertions.assertThat;

import com.followupcoach.scoring.detect.RuleExamples;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A learner's slip in a word does not hide what the sentence says: every rule example that
 * holds a word the rubric lists under {@code misspellings}, rewritten with that misspelling
 * ("I would realy appreciate any feedback"), is still matched where it was.
 */
class MisspeltExamplesTest {

    private static final Rubric RUBRIC = Rubric.builtIn();

    @Test
    void everyRuleStillMatchesItsExamplesWrittenWithTheRubricsMisspellings() {
        RuleExamples checker = new RuleExamples(RUBRIC);
        List<String> failures = new ArrayList<>();
        int rewritten = 0;
        for (Rule rule : RUBRIC.rules()) {
            List<String> misspelt = new ArrayList<>();
            for (String marked : rule.matchExamples()) {
                // the suggestion is left out: a named part of it repeats the writer's own slip
                int arrow = marked.indexOf(MarkedExample.SUGGESTS);
                String example = arrow < 0 ? marked : marked.substring(0, arrow);
                for (Map.Entry<String, String> slip : RUBRIC.misspellings().entrySet()) {
                    misspell(example, slip.getValue(), slip.getKey()).ifPresent(misspelt::add);
                }
            }
            rewritten += misspelt.size();
            failures.addAll(checker.failures(withExamples(rule, misspelt)));
        }

        assertThat(rewritten).as("examples rewritten with a misspelling").isGreaterThan(50);
        assertThat(failures).isEmpty();
    }

    @Test
    void aCorrectionOfMoreThanOneWordIsLeftToProofreading() {
        assertThat(RUBRIC.misspellings()).containsEntry("alot", "a lot");
        assertThat(RUBRIC.language().spellings()).doesNotContainKey("alot").containsEntry("realy", "really");
    }

    /** The example with each whole word {@code right} (any case) written {@code wrong}, if it has one. */
    private static java.util.Optional<String> misspell(String example, String right, String wrong) {
        if (right.contains(" ")) {
            return java.util.Optional.empty();
        }
        Matcher m = Pattern.compile("(?i)(?<![\\w'])" + Pattern.quote(right) + "(?![\\w'])").matcher(example);
        StringBuilder out = new StringBuilder();
        boolean found = false;
        while (m.find()) {
            found = true;
            String word = m.group();
            String slip = Character.isUpperCase(word.charAt(0))
                    ? wrong.substring(0, 1).toUpperCase(Locale.ROOT) + wrong.substring(1) : wrong;
            m.appendReplacement(out, Matcher.quoteReplacement(slip));
        }
        m.appendTail(out);
        return found ? java.util.Optional.of(out.toString()) : java.util.Optional.empty();
    }

    private static Rule withExamples(Rule rule, List<String> match) {
        return new Rule(rule.id(), rule.criterion(), rule.kind(), rule.severity(), rule.disputes(), rule.demands(), rule.register(),
                rule.minCount(), rule.negatable(), rule.message(), rule.suggestion(), match, List.of(), rule.source(),
                rule.line(), rule.tokens(), rule.wholeSentence());
    }
}
