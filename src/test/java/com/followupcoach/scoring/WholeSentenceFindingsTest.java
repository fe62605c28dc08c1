package com.followupcoach.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.followupcoach.scoring.rubric.Rubric;
import com.followupcoach.vocabulary.Criterion;
import com.followupcoach.vocabulary.Critique;
import com.followupcoach.vocabulary.Finding;
import com.followupcoach.vocabulary.Scenario;
import com.followupcoach.vocabulary.Severity;
import com.followupcoach.vocabulary.Status;
import com.followupcoach.vocabulary.TextEdit;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Sentences that belittle the reader, the process or the person chosen, judged as a whole. */
class WholeSentenceFindingsTest {

    private static final ScoringEngine ENGINE = new ScoringEngine(Rubric.builtIn());

    private static final String HOSTILE = """
            Dear Ms Okafor,

            Thanks a lot for wasting my time. I understand you wanted someone with a fancy title rather than \
            someone who actually works hard. I accept your decision and would still like to be considered for \
            future roles.

            Regards,
            Dana Whitfield
            """;

    @Test
    void eachBelittlingSentenceIsOneFindingOverTheWholeSentence() {
        Critique c = ENGINE.score(HOSTILE, Scenario.NONE);

        assertThat(tone(c)).extracting(f -> HOSTILE.substring(f.start(), f.end())).containsExactly(
                "Thanks a lot for wasting my time.",
                "I understand you wanted someone with a fancy title rather than someone who actually works hard.");
        assertThat(tone(c)).allMatch(f -> f.severity() == Severity.ERROR && f.message().contains("sentence"));
        assertThat(c.result(Criterion.TONE).orElseThrow().status()).isEqualTo(Status.MISSING);
    }

    @Test
    void applyingTheSuggestionsOneAfterAnotherLeavesACalmLetter() {
        String text = HOSTILE;
        for (int round = 0; round < 5; round++) {
            Optional<Finding> next = tone(ENGINE.score(text, Scenario.NONE)).stream()
                    .filter(f -> f.suggestion().isPresent()).findFirst();
            if (next.isEmpty()) {
                break;
            }
            text = TextEdit.of(next.get(), text).orElseThrow().applyTo(text);
        }
        Critique calm = ENGINE.score(text, Scenario.NONE);

        assertThat(text).contains("Thank you for your time. I wish the person you chose every success. I accept")
                .doesNotContain("my time").doesNotContain("fancy title");
        assertThat(tone(calm)).isEmpty();
        assertThat(calm.result(Criterion.TONE).orElseThrow().status()).isEqualTo(Status.MET);
        assertThat(calm.score()).isGreaterThan(ENGINE.score(HOSTILE, Scenario.NONE).score());
    }

    @Test
    void otherToneProblemsInTheSentenceAreFoldedIntoIt() {
        String text = "Thank you for letting me know. You people are idiots and the process was a joke!!! Sam";
        List<Finding> tone = tone(ENGINE.score(text, Scenario.NONE));

        assertThat(tone).hasSize(1);
        assertThat(text.substring(tone.get(0).start(), tone.get(0).end()))
                .isEqualTo("You people are idiots and the process was a joke!!!");
        assertThat(tone.get(0).suggestsRemoval()).isTrue();
    }

    @Test
    void aLocalRewriteKeepsTheRestOfTheSentence() {
        String text = "Thank you so much for finally letting me know, and for the interview.";
        Finding f = tone(ENGINE.score(text, Scenario.NONE)).get(0);

        assertThat(f.suggestion()).contains("Thank you so much for letting me know, and for the interview.");
    }

    @Test
    void aCalmSentenceTheLetterAlreadyHasIsNotOfferedTwice() {
        String text = "Thank you for letting me know. Whatever. I hope to apply again.";
        Finding shrug = tone(ENGINE.score(text, Scenario.NONE)).get(0);

        assertThat(text.substring(shrug.start(), shrug.end())).isEqualTo("Whatever.");
        assertThat(shrug.suggestsRemoval()).isTrue();
        assertThat(TextEdit.of(shrug, text).orElseThrow().applyTo(text))
                .isEqualTo("Thank you for letting me know. I hope to apply again.");
    }

    @Test
    void aGreetingOnTheSentencesLineIsLeftOutOfTheFindingAndItsReplacement() {
        String text = "Dear Ms Lee, Thanks a lot for wasting my time.";
        Finding f = tone(ENGINE.score(text, Scenario.NONE)).get(0);

        assertThat(text.substring(f.start(), f.end())).isEqualTo("Thanks a lot for wasting my time.");
        assertThat(TextEdit.of(f, text).orElseThrow().applyTo(text)).isEqualTo("Dear Ms Lee, Thank you for your time.");
    }

    @Test
    void aGreetingOnItsOwnLineStaysOutOfTheFinding() {
        String text = "Dear Ms Lee,\n\nThanks a lot for wasting my time.\n\nDana";
        Finding f = tone(ENGINE.score(text, Scenario.NONE)).get(0);

        assertThat(text.substring(f.start(), f.end())).isEqualTo("Thanks a lot for wasting my time.");
        assertThat(TextEdit.of(f, text).orElseThrow().applyTo(text))
                .isEqualTo("Dear Ms Lee,\n\nThank you for your time.\n\nDana");
    }

    @Test
    void aGreetingEndedByADashIsLeftOutOfTheFinding() {
        for (String dash : List.of("-", "\u2013", "\u2014")) {
            String text = "Hi Anne-Marie " + dash + " thanks a lot for wasting my time.";
            Finding f = tone(ENGINE.score(text, Scenario.NONE)).get(0);

            assertThat(text.substring(f.start(), f.end())).isEqualTo("thanks a lot for wasting my time.");
        }
    }

    @Test
    void aSentenceWithoutAGreetingIsMarkedWhole() {
        String text = "Thanks a lot for wasting my time.";
        Finding f = tone(ENGINE.score(text, Scenario.NONE)).get(0);

        assertThat(f.start()).isZero();
        assertThat(f.end()).isEqualTo(text.length());
    }

    @Test
    void aRewriteAfterAGreetingKeepsTheWritersLowerCaseOpening() {
        String text = "Hi Tom, thank you so much for finally letting me know. I hope to apply again.";
        Finding f = tone(ENGINE.score(text, Scenario.NONE)).get(0);

        assertThat(text.substring(f.start(), f.end())).isEqualTo("thank you so much for finally letting me know.");
        assertThat(TextEdit.of(f, text).orElseThrow().applyTo(text))
                .isEqualTo("Hi Tom, thank you so much for letting me know. I hope to apply again.");
    }

    @Test
    void wishingThePersonChosenWellIsNotBelittling() {
        String text = "I hope the person you chose does well, and I understand you wanted more experience.";
        assertThat(tone(ENGINE.score(text, Scenario.NONE))).isEmpty();
    }

    private static List<Finding> tone(Critique c) {
        return c.findings().stream().filter(f -> f.criterion() == Criterion.TONE).toList();
    }
}
