package com.followupcoach.scoring;

import com.followupcoach.scoring.detect.ContactFinder;
import com.followupcoach.scoring.detect.Genre;
import com.followupcoach.scoring.detect.Layout;
import com.followupcoach.scoring.detect.RuleMatch;
import com.followupcoach.scoring.rubric.RuleKind;
import com.followupcoach.scoring.text.LetterText;
import com.followupcoach.scoring.text.Span;
import com.followupcoach.vocabulary.Criterion;
import com.followupcoach.vocabulary.Scenario;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the detectors found in one letter, with the cross-rule decisions made once: thanks,
 * acceptance or interest in a sentence that also mocks or disputes the decision do not count
 * ("Thank you so much for finally letting me know"), and a thank-you note is told from a reply.
 */
final class LetterFacts {

    /**
     * Feelings a disputing sentence makes hollow: thanks and acceptance there are taken as
     * sarcasm. A request in the same sentence ("it seems unfair, but please keep me in mind
     * for other openings") is still a request.
     */
    private static final Set<Criterion> VOIDED_BY_DISPUTE = EnumSet.of(
            Criterion.GRATITUDE, Criterion.ACKNOWLEDGEMENT, Criterion.CONTINUED_INTEREST);

    final LetterText text;
    final Scenario scenario;
    final Layout layout;
    final Map<RuleKind, List<RuleMatch>> matches;
    final Map<Criterion, List<RuleMatch>> evidence = new EnumMap<>(Criterion.class);
    final List<RuleMatch> disputing = new ArrayList<>();
    final Genre genre;
    final List<Span> emails;
    final List<Span> phones;

    LetterFacts(LetterText text, Scenario scenario, Layout layout, Map<RuleKind, List<RuleMatch>> matches) {
        this.text = text;
        this.scenario = scenario;
        this.layout = layout;
        this.matches = matches;
        Set<Integer> disputedSentences = new HashSet<>();
        for (RuleMatch m : matches.get(RuleKind.PROBLEM)) {
            if (m.rule().disputes()) {
                disputing.add(m);
                disputedSentences.add(m.sentence());
            }
        }
        for (Criterion c : Criterion.values()) {
            evidence.put(c, new ArrayList<>());
        }
        for (RuleMatch m : matches.get(RuleKind.EVIDENCE)) {
            if (m.sentence() < 0 || !disputedSentences.contains(m.sentence())
                    || !VOIDED_BY_DISPUTE.contains(m.rule().criterion())) {
                evidence.get(m.rule().criterion()).add(m);
            }
        }
        this.genre = Genre.judge(matches.get(RuleKind.PRE_DECISION), matches.get(RuleKind.REJECTION),
                evidence.get(Criterion.ACKNOWLEDGEMENT));
        this.emails = ContactFinder.emails(text.norm());
        this.phones = ContactFinder.phones(text.norm(), text.lower());
    }

    boolean has(Criterion criterion) {
        return !evidence.get(criterion).isEmpty();
    }

    List<RuleMatch> problems(Criterion criterion) {
        return matches.get(RuleKind.PROBLEM).stream().filter(m -> m.rule().criterion() == criterion).toList();
    }

    boolean mentions(String lowerWord) {
        return text.lower().contains(lowerWord);
    }
}
