package com.followupcoach.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.followupcoach.scoring.rubric.Rubric;
import com.followupcoach.vocabulary.Criterion;
import com.followupcoach.vocabulary.CriterionResult;
import com.followupcoach.vocabulary.Scenario;
import com.followupcoach.vocabulary.Status;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Feedback demanded is not feedback requested: a sentence the engine reads as a demand for
 * reasons or documents earns no feedback-request points, while a polite request does, even
 * in a letter that is unhappy elsewhere.
 */
class DemandedFeedbackTest {

    private static final ScoringEngine ENGINE = new ScoringEngine(Rubric.builtIn());

    private static Status feedback(String sentence) {
        String letter = "Dear Ms Reed,\n\nThank you for letting me know about the analyst role. " + sentence
                + "\n\nRegards,\nJo Park\n";
        return ENGINE.score(letter, Scenario.NONE).result(Criterion.FEEDBACK_REQUEST).map(CriterionResult::status)
                .orElseThrow();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Please send me the interview notes and the scoring matrix within five working days.",
            "I want a full explanation of why I was rejected.",
            "I demand feedback on my interview by Friday.",
            "I expect a detailed written explanation of this decision.",
            "I insist on seeing your notes from the interview."})
    void aDemandEarnsNoFeedbackPoints(String demand) {
        assertThat(feedback(demand)).isEqualTo(Status.MISSING);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "If you are able to share any feedback on my interview, I would be grateful.",
            "I would welcome any advice on how I could improve.",
            "Could you share any pointers on where my answers fell short?",
            "Any feedback you could offer would help me a great deal.",
            "I would appreciate hearing any comments the panel had on my application."})
    void aPoliteRequestEarnsThem(String request) {
        assertThat(feedback(request)).isEqualTo(Status.MET);
    }
}
