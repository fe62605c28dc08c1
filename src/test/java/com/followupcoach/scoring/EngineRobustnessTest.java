package com.followupcoach.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.followupcoach.scoring.rubric.Rubric;
import com.followupcoach.vocabulary.Criterion;
import com.followupcoach.vocabulary.Critique;
import com.followupcoach.vocabulary.Finding;
import com.followupcoach.vocabulary.Medium;
import com.followupcoach.vocabulary.Scenario;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Bad input never breaks the engine: any text (binary junk, NUL, lone or paired surrogates,
 * emoji, right-to-left scripts, CRLF, fragments of real letters shuffled) gives a sensible
 * critique with every span inside the text and no surrogate pair split.
 */
class EngineRobustnessTest {

    private static final ScoringEngine ENGINE = new ScoringEngine(Rubric.builtIn());

    private static final List<String> PIECES = List.of("Dear Ms Smith,", "Thank you for letting me know.", "\r\n", "\n\n",
            "I don't need any feedback", "please reconsider", "[Company Name]", "XXX", "😀", "👩‍💻", "مرحبا بكم",
            "שלום", "\u0000", "\uFFFD", "\uD800", "\uDC00", "Kind regards,", "Sam", "jo@example.com", "07700 900123",
            "\"assessment\"", "the the", "  ", "i", "Mr.", "e.g.", "...", "!!!", "keep me in mind", "   ", "\t",
            "Subject: Re: Job - Harlow Freight Ltd", "a+", "x(1", "+44 (0)20", "tel:", "work for Dunmore Logistics", "since the interview I completed a course");

    @Provide
    Arbitrary<String> letterLikeText() {
        return Arbitraries.of(PIECES).list().ofMaxSize(40).map(parts -> String.join(" ", parts));
    }

    @Provide
    Arbitrary<String> anyUnicode() {
        return Arbitraries.strings().all().ofMaxLength(400);
    }

    @Property(tries = 300)
    void anyTextGivesAWellFormedCritique(@ForAll("anyUnicode") String text) {
        check(text, Scenario.NONE);
    }

    @Property(tries = 300)
    void letterFragmentsInAnyOrderGiveAWellFormedCritique(@ForAll("letterLikeText") String text) {
        check(text, Scenario.NONE);
        check(text, new Scenario(Optional.of("Harlow Freight"), Optional.of("Driver"), Optional.of("Jo Smith"),
                Optional.of(0), Optional.of(Medium.PAPER), List.of("a forklift licence")));
    }

    @Property(tries = 20)
    void longRunsOfOneCharacterAreHandled(@ForAll("runs") String text) {
        check(text, Scenario.NONE);
    }

    @Provide
    Arbitrary<String> runs() {
        return Arbitraries.of("a", " ", "[", "\n", "A ", "@", "9", "\"", "'", "-", ".", "😀", "<", "{")
                .flatMap(c -> Arbitraries.integers().between(1, 5_000).map(c::repeat));
    }

    static void check(String text, Scenario scenario) {
        Critique c = ENGINE.score(text, scenario);
        assertThat(c.score()).isBetween(0, 100);
        assertThat(c.criteria()).hasSize(Criterion.values().length);
        assertThat(c.criteria()).allSatisfy(r -> {
            assertThat(r.points()).isBetween(0, r.max());
            assertThat(r.message()).isNotBlank();
        });
        for (Finding f : c.findings()) {
            assertThat(f.start()).isBetween(0, text.length());
            assertThat(f.end()).isBetween(f.start(), text.length());
            assertThat(splitsPair(text, f.start())).as("start splits a surrogate pair").isFalse();
            assertThat(splitsPair(text, f.end())).as("end splits a surrogate pair").isFalse();
        }
        assertThat(Double.isFinite(c.readability().fleschReadingEase())).isTrue();
        assertThat(Double.isFinite(c.readability().fleschKincaidGrade())).isTrue();
    }

    private static boolean splitsPair(String text, int offset) {
        return offset > 0 && offset < text.length() && Character.isHighSurrogate(text.charAt(offset - 1))
                && Character.isLowSurrogate(text.charAt(offset));
    }
}
