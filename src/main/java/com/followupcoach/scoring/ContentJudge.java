package com.followupcoach.scoring;

import com.followupcoach.scoring.detect.RuleMatch;
import com.followupcoach.scoring.rubric.RuleKind;
import com.followupcoach.vocabulary.Criterion;
import com.followupcoach.vocabulary.CriterionResult;
import com.followupcoach.vocabulary.Finding;
import com.followupcoach.vocabulary.Medium;
import com.followupcoach.vocabulary.Severity;
import com.followupcoach.vocabulary.Status;
import java.util.List;
import java.util.Map;

/**
 * Judges what the letter says: thanks, acceptance of the decision, continued interest,
 * other positions, new skills, a feedback request and contact details.
 */
final class ContentJudge {

    private final Verdicts verdicts;

    ContentJudge(Verdicts verdicts) {
        this.verdicts = verdicts;
    }

    void judge(LetterFacts facts, List<CriterionResult> results, List<Finding> findings) {
        results.add(presence(facts, Criterion.GRATITUDE));
        results.add(acknowledgement(facts, findings));
        results.add(presence(facts, Criterion.CONTINUED_INTEREST));
        results.add(presence(facts, Criterion.ALTERNATE_POSITIONS));
        results.add(newQualifications(facts));
        results.add(presence(facts, Criterion.FEEDBACK_REQUEST));
        results.add(contact(facts));
    }

    private CriterionResult presence(LetterFacts facts, Criterion criterion) {
        return verdicts.result(criterion, facts.has(criterion) ? Status.MET : Status.MISSING);
    }

    /**
     * Accepting the decision needs a decision (a thank-you note has none) and no dispute of
     * it: a letter that argues, mocks or asks for a reversal has not accepted it, whatever
     * polite phrase it opens with.
     */
    private CriterionResult acknowledgement(LetterFacts facts, List<Finding> findings) {
        Criterion c = Criterion.ACKNOWLEDGEMENT;
        if (facts.genre.preDecisionNote()) {
            RuleMatch sign = facts.genre.firstSign().orElseThrow();
            findings.add(new Finding(sign.span().start(), sign.span().end(), c, Severity.WARNING,
                    sign.rule().message().isBlank() ? verdicts.message(c, "wrong_genre", Map.of())
                            : sign.rule().message(), sign.rule().suggestion()));
            return verdicts.result(c, Status.MISSING, "wrong_genre");
        }
        if (!facts.disputing.isEmpty()) {
            return verdicts.result(c, Status.MISSING, "disputed");
        }
        if (facts.has(c)) {
            return verdicts.result(c, Status.MET);
        }
        boolean mentionsDecision = !facts.matches.get(RuleKind.REJECTION).isEmpty();
        return verdicts.result(c, mentionsDecision ? Status.PARTIAL : Status.MISSING);
    }

    private CriterionResult newQualifications(LetterFacts facts) {
        Criterion c = Criterion.NEW_QUALIFICATIONS;
        if (facts.has(c)) {
            return verdicts.result(c, Status.MET);
        }
        List<String> news = facts.scenario.newDevelopments();
        if (!news.isEmpty()) {
            return verdicts.result(c, Status.MISSING, "missing_scenario", Map.of("developments", String.join("; ", news)));
        }
        return verdicts.result(c, Status.MISSING);
    }

    /**
     * E-mail and phone both make replying easy; one of them is a start. On paper, offering a
     * stamped, self-addressed envelope counts as a way to reply as well.
     */
    private CriterionResult contact(LetterFacts facts) {
        Criterion c = Criterion.CONTACT_DETAILS;
        boolean paper = facts.scenario.medium().filter(m -> m == Medium.PAPER).isPresent();
        int ways = (facts.emails.isEmpty() ? 0 : 1) + (facts.phones.isEmpty() ? 0 : 1);
        boolean envelope = facts.mentions("envelope");
        if (paper && envelope) {
            ways++;
        }
        CriterionResult result;
        if (ways >= 2) {
            result = verdicts.result(c, Status.MET);
        } else if (ways == 1) {
            result = verdicts.result(c, Status.PARTIAL, facts.emails.isEmpty() ? "partial_no_email" : "partial_no_phone");
        } else {
            result = verdicts.result(c, Status.MISSING);
        }
        if (!paper || envelope) {
            return result;
        }
        String note = verdicts.message(c, "paper_note", Map.of());
        return new CriterionResult(c, result.status(), result.points(), result.max(),
                (result.message() + " " + note).trim(), result.lessonId());
    }
}
