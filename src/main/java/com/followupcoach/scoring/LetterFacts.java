package com.followupcoach.scoring;

import com.followupcoach.scoring.detect.ContactFinder;
import com.followupcoach.scoring.detect.Genre;
import com.followupcoach.scoring.detect.Layout;
import com.followupcoach.scoring.detect.RuleMatch;
import com.followupcoach.scoring.rubric.RuleKind;
import com.followupcoach.scoring.text.LetterText;
import com.followupcoach.scoring.text.Span;
import com.followupcoach.scoring.text.TokenizedText;
import com.followupcoach.vocabulary.Criterion;
import com.followupcoach.vocabulary.Scenario;
import com.followupcoach.vocabulary.Severity;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
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
     * Feelings a dispute makes hollow: thanks and acceptance beside it are taken as sarcasm.
     * A request in the same sentence ("it seems unfair, but please keep me in mind for other
     * openings") is still a request.
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

    /**
     * A sentence up to this many tokens is read as one move: a dispute anywhere in it makes
     * its thanks hollow ("Thank you for the interview, which was obviously a formality."). In
     * a longer sentence that strings several moves together, a dispute voids only the clauses
     * it stands in, so joining sentences with commas and "and" does not change the verdict.
     */
    private static final int ONE_MOVE_TOKENS = 24;
    private static final Set<String> JOINS = Set.of("and", "so");

    /**
     * Words that open a new move after ", and" even in a short sentence: "Your recruiters are
     * clowns, and I remain very interested", "On paper I was ideal, and thank you for letting me
     * know". A run-on writer joins moves this way, so the dispute before the join does not
     * hollow out the move after it (nor the other way round). A question's inverted verb opens
     * one too: "I remain very interested in working for you, and is there any chance…".
     */
    private static final Set<String> NEW_MOVE_OPENERS = Set.of("i", "i'm", "im", "i've", "i'd", "i'll", "my", "we",
            "please", "thank", "thanks", "is", "are", "could", "would", "can", "will", "may", "you", "your");

    /**
     * A sentence adverb and its comma between ", and" and the new move's first word: "I remain
     * very interested, and frankly, you gave me false hope" joins two moves as plainly as two
     * sentences would.
     */
    private static final Set<String> SENTENCE_ADVERBS = Set.of("frankly", "honestly", "truthfully", "personally",
            "also", "again", "anyway", "admittedly", "naturally", "obviously", "clearly", "sadly");

    LetterFacts(LetterText text, Scenario scenario, Layout layout, Map<RuleKind, List<RuleMatch>> matches) {
        this.text = text;
        this.scenario = scenario;
        this.layout = layout;
        this.matches = matches;
        Map<Integer, List<RuleMatch>> disputesBySentence = new HashMap<>();
        Map<Integer, List<RuleMatch>> demandsBySentence = new HashMap<>();
        for (RuleMatch m : matches.get(RuleKind.PROBLEM)) {
            if (m.rule().criterion() == Criterion.REALISTIC_EXPECTATIONS && m.rule().severity() == Severity.ERROR) {
                demandsBySentence.computeIfAbsent(m.sentence(), k -> new ArrayList<>()).add(m);
            }
            if (m.rule().disputes()) {
                disputing.add(m);
                disputesBySentence.computeIfAbsent(m.sentence(), k -> new ArrayList<>()).add(m);
            }
        }
        for (Criterion c : Criterion.values()) {
            evidence.put(c, new ArrayList<>());
        }
        for (RuleMatch m : matches.get(RuleKind.EVIDENCE)) {
            if (m.rule().criterion() == Criterion.FEEDBACK_REQUEST && m.sentence() >= 0
                    && voided(m, demandsBySentence.getOrDefault(m.sentence(), List.of()))) {
                continue; // "Send me the interview notes" asks for feedback, but as a demand, not a request
            }
            if (m.sentence() < 0 || !VOIDED_BY_DISPUTE.contains(m.rule().criterion())
                    || !voided(m, disputesBySentence.getOrDefault(m.sentence(), List.of()))) {
                evidence.get(m.rule().criterion()).add(m);
            }
        }
        this.genre = Genre.judge(matches.get(RuleKind.PRE_DECISION), matches.get(RuleKind.REJECTION),
                evidence.get(Criterion.ACKNOWLEDGEMENT));
        this.emails = ContactFinder.emails(text.norm());
        this.phones = ContactFinder.phones(text.norm(), text.lower());
    }

    private boolean voided(RuleMatch evidence, List<RuleMatch> disputes) {
        if (disputes.isEmpty()) {
            return false;
        }
        TokenizedText tokens = text.tokens();
        int sentence = tokens.sentence(tokens.tokenFrom(evidence.span().start()));
        if (tokens.sentenceTo(sentence) - tokens.sentenceFrom(sentence) <= ONE_MOVE_TOKENS) {
            return disputes.stream().anyMatch(d -> !separateMoves(tokens, evidence.span(), d.span()));
        }
        return disputes.stream().anyMatch(d -> shareAClause(tokens, evidence.span(), d.span()));
    }

    /**
     * Two moves of a short sentence are judged apart when the writer joined them as two:
     * either way of joining below is enough.
     */
    private static boolean separateMoves(TokenizedText tokens, Span evidence, Span dispute) {
        return joinedMoves(tokens, evidence, dispute) || aNewMoveBetween(tokens, evidence, dispute);
    }

    /**
     * A move that a short sentence adds after a dispute with ", and" or ", so" is a move of its
     * own, as it was when written as a sentence of its own: "That was a crock, and meeting the
     * team made me keener to work there" keeps its interest, as "That was a crock. Meeting the
     * team…" does. A dispute added after the move still voids it: "thanks for the news, and only
     * three weeks after you said" is one ironic thanks.
     */
    private static boolean joinedMoves(TokenizedText tokens, Span evidence, Span dispute) {
        if (evidence.start() <= dispute.start() || shareAClause(tokens, evidence, dispute)) {
            return false;
        }
        int first = Math.min(tokens.tokenFrom(evidence.start()), tokens.size() - 1);
        int clause = tokens.clause(first);
        int start = first;
        while (start > 0 && tokens.clause(start - 1) == clause && tokens.sentence(start - 1) == tokens.sentence(first)) {
            start--;
        }
        String opener = tokens.lower(start);
        return JOINS.contains(opener);
    }

    /** Whether ", and" with a new move's opening word stands between the two spans. */
    private static boolean aNewMoveBetween(TokenizedText tokens, Span a, Span b) {
        Span first = a.start() <= b.start() ? a : b;
        Span second = first == a ? b : a;
        int from = Math.min(tokens.tokenFrom(first.end()), tokens.size());
        int to = Math.min(tokens.tokenFrom(second.start()), tokens.size());
        for (int i = Math.max(0, from - 1); i + 2 < tokens.size() && i + 2 <= to; i++) {
            if (tokens.lower(i).equals(",") && tokens.lower(i + 1).equals("and")) {
                int opener = i + 2;
                if (SENTENCE_ADVERBS.contains(tokens.lower(opener)) && opener + 2 < tokens.size()
                        && tokens.lower(opener + 1).equals(",")) {
                    opener += 2;
                }
                if (NEW_MOVE_OPENERS.contains(tokens.lower(opener))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean shareAClause(TokenizedText tokens, Span a, Span b) {
        int[] clausesA = clauses(tokens, a);
        int[] clausesB = clauses(tokens, b);
        return clausesA[0] <= clausesB[1] && clausesB[0] <= clausesA[1];
    }

    /** The first and last clause numbers a span touches. */
    private static int[] clauses(TokenizedText tokens, Span span) {
        int first = Math.min(tokens.tokenFrom(span.start()), tokens.size() - 1);
        int last = Math.max(first, Math.min(tokens.tokenFrom(span.end()) - 1, tokens.size() - 1));
        return new int[] {tokens.clause(first), tokens.clause(last)};
    }
}
