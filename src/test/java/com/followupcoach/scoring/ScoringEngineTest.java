package com.followupcoach.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.followupcoach.scoring.rubric.Rubric;
import com.followupcoach.vocabulary.Criterion;
import com.followupcoach.vocabulary.CriterionResult;
import com.followupcoach.vocabulary.Critique;
import com.followupcoach.vocabulary.Finding;
import com.followupcoach.vocabulary.Medium;
import com.followupcoach.vocabulary.Readability;
import com.followupcoach.vocabulary.Scenario;
import com.followupcoach.vocabulary.Severity;
import com.followupcoach.vocabulary.Status;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** What the engine understands beyond keywords, criterion by criterion. */
class ScoringEngineTest {

    static final ScoringEngine ENGINE = new ScoringEngine(Rubric.builtIn());

    static final String GOOD = """
            Dear Ms Thornton,

            Thank you for letting me know your decision about the Analyst role. I'm disappointed, but I \
            understand, and the interview strengthened my interest in working for Harmon & Reese.

            Since the interview I have completed the CIMA Certificate in Business Accounting. Please keep me \
            in mind for future openings. If you are able to share any feedback, I would be grateful.

            You can reach me at sam@example.com or on 07700 900123.

            Kind regards,
            Sam Lee
            """;

    static Critique score(String text) {
        return ENGINE.score(text, Scenario.NONE);
    }

    static Status status(Critique critique, Criterion criterion) {
        return critique.result(criterion).orElseThrow().status();
    }

    static List<Finding> findings(Critique critique, Criterion criterion) {
        return critique.findings().stream().filter(f -> f.criterion() == criterion).toList();
    }

    static String quoted(String text, Finding f) {
        return text.substring(f.start(), f.end());
    }

    @Test
    void aGoodLetterMeetsEveryContentCriterionAndScoresHigh() {
        Critique c = score(GOOD);
        assertThat(c.criteria()).hasSize(14);
        for (Criterion criterion : List.of(Criterion.GRATITUDE, Criterion.ACKNOWLEDGEMENT, Criterion.CONTINUED_INTEREST,
                Criterion.ALTERNATE_POSITIONS, Criterion.NEW_QUALIFICATIONS, Criterion.FEEDBACK_REQUEST,
                Criterion.CONTACT_DETAILS, Criterion.TONE, Criterion.REALISTIC_EXPECTATIONS, Criterion.STRUCTURE)) {
            assertThat(status(c, criterion)).as(criterion.id()).isEqualTo(Status.MET);
        }
        assertThat(status(c, Criterion.TIMING)).isEqualTo(Status.NOT_ASSESSED);
        assertThat(c.result(Criterion.TIMING).orElseThrow().max()).isZero();
        assertThat(c.score()).isGreaterThanOrEqualTo(90);
        assertThat(c.criteria()).allSatisfy(r -> assertThat(r.message()).isNotBlank().doesNotContain("{"));
        assertThat(c.criteria()).extracting(CriterionResult::lessonId).containsOnly("why-follow-up", "timing",
                "alternate-positions", "asking-for-feedback", "realistic-expectations", "your-own-letter");
    }

    @Test
    void negatedRequestsDoNotCount() {
        assertThat(status(score("Thanks for letting me know. I don't need any feedback."), Criterion.FEEDBACK_REQUEST))
                .isEqualTo(Status.MISSING);
        assertThat(status(score("Thanks for letting me know. I am not interested in other roles at the company."),
                Criterion.ALTERNATE_POSITIONS)).isEqualTo(Status.MISSING);
        assertThat(status(score("Please don't hesitate to keep me in mind for other roles."),
                Criterion.ALTERNATE_POSITIONS)).isEqualTo(Status.MET);
    }

    @Test
    void sarcasticThanksIsAToneErrorAndNotThanks() {
        String text = "Dear Mr Hale,\n\nThank you so much for finally letting me know. Best of luck with that.\n\nKaren";
        Critique c = score(text);
        assertThat(status(c, Criterion.GRATITUDE)).isEqualTo(Status.MISSING);
        assertThat(status(c, Criterion.ACKNOWLEDGEMENT)).isEqualTo(Status.MISSING);
        // sarcasm colours the whole sentence, so each sentence is one finding with a calm rewrite
        assertThat(findings(c, Criterion.TONE)).extracting(f -> quoted(text, f), f -> f.suggestion().orElseThrow())
                .contains(tuple("Thank you so much for finally letting me know.", "Thank you so much for letting me know."),
                        tuple("Best of luck with that.", "I wish you every success."));
        assertThat(c.score()).isLessThanOrEqualTo(35);
    }

    @Test
    void aRequestStillCountsInASentenceThatDisputesTheDecision() {
        String text = "Dear Mrs Bright,\n\nThank you for letting me know. Honestly, the decision seems unfair, "
                + "but please keep me in mind for other openings.\n\nNathan";
        Critique c = score(text);
        assertThat(status(c, Criterion.ALTERNATE_POSITIONS)).isEqualTo(Status.MET);
        assertThat(status(c, Criterion.TONE)).isNotEqualTo(Status.MET);
    }

    @Test
    void pleadingBlameAndOverApologyAreToneProblems() {
        assertThat(findings(score("I beg you, I'm desperate."), Criterion.TONE)).hasSize(2)
                .allMatch(f -> f.severity() == Severity.ERROR);
        assertThat(findings(score("Your interviewer arrived late and I deserved the job."), Criterion.TONE)).hasSize(2);
        // a harsh judgement of the reader's people makes the whole sentence one finding, the rest folded into it
        assertThat(findings(score("Your interviewer was rude and I deserved the job."), Criterion.TONE))
                .singleElement().satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.ERROR);
                    assertThat(f.start()).isZero();
                });
        Critique sorry = score("Thank you. I'm so sorry I wasted your time. Sorry again. Sorry for the length.");
        assertThat(status(sorry, Criterion.TONE)).isEqualTo(Status.PARTIAL);
        assertThat(findings(sorry, Criterion.TONE)).allMatch(f -> f.severity() == Severity.WARNING);
    }

    @Test
    void demandsAndReversalsBreakRealisticExpectationsWithACalmerSuggestion() {
        String text = "I want a full explanation. Please reconsider, or give me another chance at the interview.";
        Critique c = score(text);
        List<Finding> found = findings(c, Criterion.REALISTIC_EXPECTATIONS);
        assertThat(found).extracting(f -> quoted(text, f))
                .contains("I want a full explanation.", "Please reconsider, or give me another chance at the interview.");
        assertThat(found).allMatch(f -> f.suggestion().isPresent());
        assertThat(c.score()).isLessThanOrEqualTo(40);
    }

    @Test
    void harmlessTriggerWordsAreNotFlagged() {
        Critique c = score("Thanks for the update. I will reconsider my approach to interviews, and I don't blame you at all.");
        assertThat(findings(c, Criterion.REALISTIC_EXPECTATIONS)).isEmpty();
        assertThat(findings(c, Criterion.TONE)).isEmpty();
    }

    @Test
    void aThankYouNoteBeforeTheDecisionIsRecognisedAndCapped() {
        String text = """
                Dear Mr Alvarez,

                Thank you for interviewing me yesterday for the Data Analyst position. The conversation \
                reinforced my enthusiasm for the role. I look forward to hearing your decision.

                Best regards,
                Jordan Ellis
                """;
        Critique c = score(text);
        assertThat(status(c, Criterion.ACKNOWLEDGEMENT)).isEqualTo(Status.MISSING);
        assertThat(c.result(Criterion.ACKNOWLEDGEMENT).orElseThrow().message()).contains("thank-you note");
        assertThat(findings(c, Criterion.ACKNOWLEDGEMENT)).hasSize(1);
        assertThat(c.score()).isLessThanOrEqualTo(45);
    }

    @Test
    void contactNeedsAnEmailOrPhoneNotAPostalAddress() {
        assertThat(status(score("Thanks.\n\nJo Bloggs\n14 Rosebank Terrace\nHarrogate HG1 4PL"), Criterion.CONTACT_DETAILS))
                .isEqualTo(Status.MISSING);
        assertThat(status(score("Thanks.\nJo\njo@example.org"), Criterion.CONTACT_DETAILS)).isEqualTo(Status.PARTIAL);
        assertThat(status(score("Thanks.\nJo\nM: +44 7700 900123\njo@example.org"), Criterion.CONTACT_DETAILS))
                .isEqualTo(Status.MET);
    }

    @Test
    void aPlusOrBracketAfterALetterDoesNotStallThePhoneScan() {
        // found by the robustness property: "a+" once made the phone scanner loop forever
        assertThat(score("C+ and x(1) a+b").criteria()).hasSize(14);
    }

    @Test
    void paperLettersAreToldAboutTheStampedEnvelope() {
        Scenario paper = new Scenario(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(Medium.PAPER), List.of());
        assertThat(ENGINE.score(GOOD, paper).result(Criterion.CONTACT_DETAILS).orElseThrow().message())
                .contains("stamped, self-addressed envelope");
        assertThat(ENGINE.score(GOOD, Scenario.NONE).result(Criterion.CONTACT_DETAILS).orElseThrow().message())
                .doesNotContain("envelope");
    }

    @Test
    void timingFollowsTheScenario() {
        assertThat(status(ENGINE.score(GOOD, days(0)), Criterion.TIMING)).isEqualTo(Status.PARTIAL);
        assertThat(ENGINE.score(GOOD, days(0)).result(Criterion.TIMING).orElseThrow().message()).contains("calm");
        assertThat(status(ENGINE.score(GOOD, days(5)), Criterion.TIMING)).isEqualTo(Status.MET);
    }

    @Test
    void scenarioNamesMustBeSpelledAsGiven() {
        Scenario scenario = new Scenario(Optional.of("Harmon & Reese"), Optional.of("Analyst"), Optional.of("Rebecca Thornton"),
                Optional.empty(), Optional.empty(), List.of());
        assertThat(status(ENGINE.score(GOOD, scenario), Criterion.PERSONALIZATION)).isEqualTo(Status.MET);

        String misspelled = GOOD.replace("Harmon & Reese", "Harmon & Reece");
        Critique c = ENGINE.score(misspelled, scenario);
        assertThat(findings(c, Criterion.PERSONALIZATION)).singleElement().satisfies(f -> {
            assertThat(quoted(misspelled, f)).isEqualTo("Harmon & Reece");
            assertThat(f.suggestion()).contains("Harmon & Reese");
        });

        Critique other = ENGINE.score(GOOD.replace("Harmon & Reese", "Dunmore Logistics"), scenario);
        assertThat(findings(other, Criterion.PERSONALIZATION)).anyMatch(f -> f.severity() == Severity.ERROR);
    }

    @Test
    void placeholdersAndTwoEmployersAreFlagged() {
        String text = "Dear [Hiring Manager],\n\nThanks for letting me know about the role at <Company>. XXX";
        assertThat(findings(score(text), Criterion.PERSONALIZATION)).extracting(f -> quoted(text, f))
                .containsExactly("[Hiring Manager]", "<Company>", "XXX");
        String two = "Subject: Re: Driver - Harlow Freight Ltd\n\nDear Ms Okafor,\n\nIt reinforced my wish to work "
                + "for Dunmore Logistics.\n\nBen";
        assertThat(findings(score(two), Criterion.PERSONALIZATION)).extracting(f -> quoted(two, f))
                .containsExactly("Dunmore Logistics");
    }

    @Test
    void mechanicsFindsSlipsButAcceptsBritishAndAmericanSpelling() {
        String text = "Thank you for the the interview.  i recieve your news. we will organise and organize the colour "
                + "and color";
        List<String> found = findings(score(text), Criterion.MECHANICS).stream().map(f -> quoted(text, f)).toList();
        assertThat(found).contains("the the", "  ", "i", "recieve", "we", "color");
        assertThat(found).doesNotContain("organise", "organize", "colour");
    }

    @Test
    void lengthIsJudgedOnTheBody() {
        String longBody = "Dear Jo,\n\n" + "I enjoyed the day and learned a lot. ".repeat(60) + "\n\nBest,\nSam";
        assertThat(status(score(longBody), Criterion.CONCISE)).isEqualTo(Status.MISSING);
        assertThat(status(score(GOOD), Criterion.CONCISE)).isEqualTo(Status.MET);
    }

    @Test
    void countsInMessagesReadAsEnglish() {
        assertThat(message(score("Dear Jo,\n\nThanks.\n\nBest,\nSam"), Criterion.CONCISE))
                .startsWith("The body is only 1 word; ");
        assertThat(message(score("Dear Jo,\n\nThanks again.\n\nBest,\nSam"), Criterion.CONCISE))
                .startsWith("The body is only 2 words; ");
        assertThat(message(ENGINE.score(GOOD, days(0)), Criterion.TIMING))
                .startsWith("It is 0 days since the rejection: wait at least 1 day ");
        assertThat(message(ENGINE.score(GOOD, days(1)), Criterion.TIMING)).startsWith("Writing 1 day after ");
        assertThat(message(ENGINE.score(GOOD, days(4)), Criterion.TIMING)).startsWith("Writing 4 days after ");
    }

    private static String message(Critique c, Criterion criterion) {
        return c.result(criterion).orElseThrow().message();
    }

    @Test
    void readabilityUsesTheFleschFormulas() {
        Readability r = score("Dear Jo,\n\nThe cat sat on the mat. The dog ran.\n\nBest,\nSam").readability();
        // 9 words, 2 sentences, 9 syllables: 206.835 - 1.015 * 4.5 - 84.6 * 1 = 117.7; 0.39 * 4.5 + 11.8 - 15.59
        assertThat(r.fleschReadingEase()).isEqualTo(117.7);
        assertThat(r.fleschKincaidGrade()).isEqualTo(-2.0);
    }

    @Test
    void scoringIsDeterministicAndThreadSafe() throws Exception {
        Critique expected = score(GOOD);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Critique>> results = new java.util.ArrayList<>();
            for (int i = 0; i < 40; i++) {
                results.add(pool.submit(() -> score(GOOD)));
            }
            for (Future<Critique> f : results) {
                assertThat(f.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdown();
        }
    }

    private static Scenario days(int days) {
        return new Scenario(Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(days), Optional.empty(), List.of());
    }
}
