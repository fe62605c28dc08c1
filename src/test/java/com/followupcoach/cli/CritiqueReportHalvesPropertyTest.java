package com.followupcoach.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.followupcoach.scoring.ScoringEngine;
import com.followupcoach.scoring.rubric.Rubric;
import com.followupcoach.vocabulary.Critique;
import com.followupcoach.vocabulary.Scenario;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * A report of many findings has its lines made in two halves on two cores. Which way they
 * were made must never show: the report is the one made in one pass, line for line.
 */
class CritiqueReportHalvesPropertyTest {

    private static final ScoringEngine ENGINE = new ScoringEngine(Rubric.builtIn(), 0);

    @Provide
    Arbitrary<String> letters() {
        List<String> sentences = List.of(SampleLetters.GOOD.split("(?<=[.!?,])\\s+"));
        Arbitrary<String> piece = Arbitraries.oneOf(Arbitraries.of(sentences),
                Arbitraries.of("I I I", "recieve", "definately", "the the", "  ", " ,", "\n\n", "\r\n",
                        "You people are idiots.", "whatever lol", "\uD83D\uDE00 thanks \uD83D\uDE00",
                        "[Company Name]", "\tI am very sorry sorry."));
        return piece.list().ofMinSize(1).ofMaxSize(40).map(ps -> String.join(" ", ps));
    }

    @Property(tries = 60)
    void aReportMadeInHalvesIsTheReportMadeInOnePass(@ForAll("letters") String letter) {
        Critique critique = ENGINE.score(letter, Scenario.NONE);

        assertThat(CritiqueReport.render("a.txt", letter, critique, 1))
                .isEqualTo(CritiqueReport.render("a.txt", letter, critique, Integer.MAX_VALUE));
    }

    @Test
    void aReportOfThousandsOfFindingsIsTheSameInHalves() {
        // a run of one word is one finding, so the doubled words are kept apart ("I I so I I so ...")
        String letter = "I I so ".repeat(6_000) + "\nrecieve the the\n" + "\uD83D\uDE00 I I so ".repeat(3_000);
        Critique critique = ENGINE.score(letter, Scenario.NONE);

        assertThat(critique.findings()).hasSizeGreaterThan(CritiqueReport.HALVES_FROM);
        assertThat(CritiqueReport.render("a.txt", letter, critique))
                .isEqualTo(CritiqueReport.render("a.txt", letter, critique, Integer.MAX_VALUE));
    }
}
