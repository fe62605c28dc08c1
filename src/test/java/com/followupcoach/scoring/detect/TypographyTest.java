package com.followupcoach.scoring.detect;

import static org.assertj.core.api.Assertions.assertThat;

import com.followupcoach.scoring.ScoringEngine;
import com.followupcoach.scoring.rubric.Rubric;
import com.followupcoach.scoring.text.LetterText;
import com.followupcoach.scoring.text.SentenceSplitter;
import com.followupcoach.vocabulary.Criterion;
import com.followupcoach.vocabulary.Finding;
import com.followupcoach.vocabulary.Scenario;
import com.followupcoach.vocabulary.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The spacing slips found in code, with the messages the rubric gives them. */
class TypographyTest {

    private static final Typography BOTH = new Typography(Optional.of("two"), Optional.of("before"));

    private static List<String> found(Typography t, String text) {
        List<Finding> out = new ArrayList<>();
        t.check(new LetterText(text, new SentenceSplitter(Set.of())), out);
        return out.stream().map(f -> f.message() + "[" + text.substring(f.start(), f.end()) + "]"
                + f.suggestion().orElse("?")).toList();
    }

    @Test
    void twoToEightSpacesBetweenCharactersAreADoubleSpace() {
        assertThat(found(BOTH, "Thank you.  I enjoyed it.")).containsExactly("two[  ] ");
        assertThat(found(BOTH, "Thank you. I enjoyed it.")).isEmpty();
        assertThat(found(BOTH, "a        b")).as("eight").hasSize(1);
        assertThat(found(BOTH, "a         b")).as("nine spaces are layout").isEmpty();
        assertThat(found(BOTH, "Dear Jen,\n  Thank you.  ")).as("indent and trailing spaces").isEmpty();
    }

    @Test
    void aSpaceBetweenAWordAndAClosingMarkIsFlaggedAndRemoved() {
        assertThat(found(BOTH, "Thank you , Jen.")).containsExactly("before[ ]");
        assertThat(found(BOTH, "Thank you ! And you ?")).containsExactly("before[ ]", "before[ ]");
        assertThat(found(BOTH, "Thank you, Jen.")).isEmpty();
        assertThat(found(BOTH, "It costs £5 .50 or . so")).as("a mark not followed by a space")
                .containsExactly("before[ ]");
        assertThat(found(BOTH, "Well - fine.")).isEmpty();
    }

    @Test
    void aCheckWithoutItsRubricMessageIsOff() {
        assertThat(found(new Typography(Optional.empty(), Optional.of("before")), "a  b , c")).containsExactly(
                "before[ ]");
        assertThat(found(new Typography(Optional.of("two"), Optional.empty()), "a  b , c")).containsExactly(
                "two[  ] ");
    }

    @Test
    void theBuiltInRubricWordsBothAsProofreadingHints() {
        var findings = new ScoringEngine(Rubric.builtIn()).score("Dear Jen,\n\nThank you , Jen.  I enjoyed it.\n\n"
                + "Best wishes,\nSam", Scenario.NONE).findings();
        assertThat(findings).filteredOn(f -> f.criterion() == Criterion.MECHANICS)
                .extracting(Finding::message, Finding::severity)
                .contains(org.assertj.core.groups.Tuple.tuple("No space before a comma or full stop.", Severity.INFO),
                        org.assertj.core.groups.Tuple.tuple("Two spaces in a row; one is enough.", Severity.INFO));
    }
}
