package com.followupcoach.scoring.rubric;

import static org.assertj.core.api.Assertions.assertThat;

import com.followupcoach.scoring.detect.RuleExamples;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every example of every rule in the built-in rubric through {@link RuleExamples}, the
 * checker {@code lessons check} runs on a trainer's rubric: one test a rule, failing with the
 * checker's own sentences.
 */
class RubricExamplesTest {

    private static final Rubric RUBRIC = Rubric.builtIn();

    @TestFactory
    Stream<DynamicTest> everyRuleMatchesItsExamples() {
        RuleExamples examples = new RuleExamples(RUBRIC);
        assertThat(RUBRIC.rules()).hasSizeGreaterThan(30);
        return RUBRIC.rules().stream().map(rule -> DynamicTest.dynamicTest(rule.id(),
                () -> assertThat(examples.failures(rule)).as("examples of %s (%s:%d)", rule.id(), rule.source(),
                        rule.line()).isEmpty()));
    }
}
