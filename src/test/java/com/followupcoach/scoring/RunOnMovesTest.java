package com.followupcoach.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.followupcoach.scoring.rubric.Rubric;
import com.followupcoach.vocabulary.Criterion;
import com.followupcoach.vocabulary.Scenario;
import com.followupcoach.vocabulary.Status;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A run-on writer joins two moves with ", and" where another writer ends a sentence. A move
 * joined to a complaint that way keeps its meaning, as it would in a sentence of its own.
 */
class RunOnMovesTest {

    private static final ScoringEngine ENGINE = new ScoringEngine(Rubric.builtIn());

    @ParameterizedTest
    @ValueSource(strings = {
        "I remain very interested in working for Harbourview Hotels, and frankly, you gave me false hope at the second interview.",
        "I remain very interested in working for Harbourview Hotels, and honestly, you strung me along for six weeks.",
        "I remain very interested in working for Harbourview Hotels, and you gave me false hope at the second interview.",
        "I remain very interested in working for Harbourview Hotels, and your recruiter gave me false hope.",
    })
    void interestJoinedToAComplaintIsStillInterest(String sentence) {
        String runOn = "Dear Olivia,\n\n" + sentence + "\n\nKind regards,\nDmitri\n";
        String apart = "Dear Olivia,\n\n" + sentence.replaceFirst(", and (frankly, |honestly, )?(\\w)",
                ". $1$2").replace(". frankly", ". Frankly").replace(". honestly", ". Honestly")
                .replace(". you", ". You").replace(". your", ". Your") + "\n\nKind regards,\nDmitri\n";

        assertThat(interest(runOn)).isEqualTo(interest(apart)).isEqualTo(Status.MET);
    }

    private static Status interest(String letter) {
        return ENGINE.score(letter, Scenario.NONE).result(Criterion.CONTINUED_INTEREST).orElseThrow().status();
    }
}
