package com.followupcoach.scoring.rubric;

import static org.assertj.core.api.Assertions.assertThat;

import com.followupcoach.scoring.detect.CompiledRule;
import com.followupcoach.scoring.detect.Negation;
import com.followupcoach.scoring.detect.RuleMatch;
import com.followupcoach.scoring.text.LetterText;
import com.followupcoach.scoring.text.SentenceSplitter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every example of every rule in the built-in rubric (LanguageTool's PatternRuleTest
 * idea): each {@code match} example must match exactly at its [[marked]] span, and each
 * {@code nomatch} example must not match at all. A match example that ends with
 * {@code " => text"} must also suggest that text. Negation and {@code unless} apply, as in
 * the engine.
 */
class RubricExamplesTest {

    private static final Rubric RUBRIC = Rubric.builtIn();
    private static final SentenceSplitter SPLITTER = new SentenceSplitter(RUBRIC.settings().abbreviations());
    private static final Negation NEGATION = new Negation(RUBRIC.settings().negation());

    @TestFactory
    Stream<DynamicTest> everyRuleMatchesItsExamples() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Rule rule : RUBRIC.rules()) {
            CompiledRule compiled = new CompiledRule(rule);
            for (String marked : rule.matchExamples()) {
                tests.add(DynamicTest.dynamicTest(rule.id() + " matches: " + marked, () -> {
                    MarkedExample example = MarkedExample.parse(marked).orElseThrow();
                    List<RuleMatch> matches = compiled.run(new LetterText(example.text(), SPLITTER), NEGATION);
                    assertThat(matches).as("matches of %s in %s: %s", rule.id(), example.text(),
                            matches.stream().map(m -> "[" + m.span().of(example.text()) + "]").toList())
                            .extracting(RuleMatch::span).contains(example.span());
                    if (example.suggestion().isPresent()) {
                        assertThat(matches).filteredOn(m -> m.span().equals(example.span()))
                                .extracting(m -> m.suggestion().orElse(null)).as("suggestion of %s", rule.id())
                                .containsOnly(example.suggestion().get());
                    }
                }));
            }
            for (String text : rule.nomatchExamples()) {
                tests.add(DynamicTest.dynamicTest(rule.id() + " does not match: " + text, () -> {
                    List<RuleMatch> matches = compiled.run(new LetterText(text, SPLITTER), NEGATION);
                    assertThat(matches).as("matches of %s in %s", rule.id(), text)
                            .extracting(m -> m.span().of(text)).isEmpty();
                }));
            }
        }
        assertThat(tests).hasSizeGreaterThan(RUBRIC.rules().size());
        return tests.stream();
    }
}
