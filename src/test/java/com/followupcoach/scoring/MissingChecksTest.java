package com.followupcoach.scoring;

import static com.followupcoach.scoring.ScoringEngineTest.findings;
import static com.followupcoach.scoring.ScoringEngineTest.score;
import static com.followupcoach.scoring.ScoringEngineTest.status;
import static org.assertj.core.api.Assertions.assertThat;

import com.followupcoach.vocabulary.Criterion;
import com.followupcoach.vocabulary.Critique;
import com.followupcoach.vocabulary.Severity;
import com.followupcoach.vocabulary.Status;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Checks a careful reader makes that the engine once missed (issue 9, "the checks that were missing"). */
class MissingChecksTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "   \n\n", "Dear Ms Smith,", "Dear Ms Smith,\n\n", "Dear Hiring Team,\n\nKind regards,\nJo Bloggs"})
    void aDraftWithoutABodyIsNotJudged(String draft) {
        Critique c = score(draft);
        assertThat(c.criteria()).hasSize(14).allMatch(r -> r.status() == Status.NOT_ASSESSED && r.max() == 0);
        assertThat(c.findings()).isEmpty();
        assertThat(c.score()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"You people are idiots.", "Your HR team is clueless.", "What a joke.",
            "The panel were a bunch of amateurs.", "Whatever.", "lol ok thanks"})
    void insultsAndShrugsAreToneErrorsAndScoreLow(String reply) {
        Critique c = score(reply);
        assertThat(findings(c, Criterion.TONE)).anyMatch(f -> f.severity() == Severity.ERROR);
        assertThat(status(c, Criterion.TONE)).isEqualTo(Status.MISSING);
        assertThat(c.score()).isLessThanOrEqualTo(35);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Dear Ms Smith,\n\nCould you tell me why I wasn't chosen?\n\nJo",
            "Dear Ms Smith,\n\nWhy wasn't I selected?\n\nJo",
            "Dear Ms Smith,\n\nI'd like to know why I was not shortlisted.\n\nJo"})
    void askingWhyOneWasNotChosenIsNotAFeedbackRequest(String letter) {
        Critique c = score(letter);
        assertThat(status(c, Criterion.REALISTIC_EXPECTATIONS)).isNotEqualTo(Status.MET);
        assertThat(status(c, Criterion.FEEDBACK_REQUEST)).isEqualTo(Status.MISSING);
    }

    @ParameterizedTest
    @ValueSource(strings = {"I would be grateful for any feedback on why I was not selected.",
            "If you could share some feedback on the reasons for your decision, it would help me improve."})
    void aPoliteRequestForFeedbackOnTheReasonsStaysGood(String sentence) {
        Critique c = score("Dear Ms Smith,\n\nThank you for letting me know. " + sentence + "\n\nJo");
        assertThat(status(c, Criterion.REALISTIC_EXPECTATIONS)).isEqualTo(Status.MET);
        assertThat(status(c, Criterion.FEEDBACK_REQUEST)).isEqualTo(Status.MET);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Thanks for letting me know.\nJo", "Ok, thanks for letting me know.\n\nBest,\nSam",
            "Dear Ms Smith,\n\nThank you for the update. Understood.\n\nRegards,\nJo"})
    void aMinimalReplyScoresClearlyBelowACompleteLetter(String minimal) {
        assertThat(score(minimal).score()).isLessThanOrEqualTo(score(ScoringEngineTest.GOOD).score() - 30);
    }

    @org.junit.jupiter.api.Test
    void aRepeatedSentenceOrParagraphIsFlaggedOnceAtTheRepeat() {
        String paragraph = "I enjoyed meeting the team and learning about the new clinic. It made me keener still.";
        String letter = "Dear Ms Smith,\n\nThank you for letting me know.\n\n" + paragraph + "\n\n" + paragraph
                + "\n\nI would welcome any feedback. I would welcome any feedback.\n\nThank you.\nThank you.\n\nJo";
        Critique c = score(letter);
        List<String> repeats = findings(c, Criterion.MECHANICS).stream().filter(f -> f.message().contains("repeats"))
                .map(f -> letter.substring(f.start(), f.end())).toList();
        assertThat(repeats).containsExactly(paragraph, "I would welcome any feedback.");
        assertThat(letter.indexOf(paragraph, letter.indexOf(paragraph) + 1))
                .isEqualTo(findings(c, Criterion.MECHANICS).stream().filter(f -> f.message().contains("paragraph"))
                        .findFirst().orElseThrow().start());
    }
}
