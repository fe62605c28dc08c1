package com.followupcoach.scoring.behaviour;

import java.util.List;
import java.util.Optional;

/** The expectations the suite's classes share, named as a careful reader would say them. */
final class Expect {

    static final String TONE = "tone";
    static final String GRATITUDE = "gratitude";
    static final String ACKNOWLEDGEMENT = "acknowledgement";
    static final String INTEREST = "continued_interest";
    static final String FEEDBACK = "feedback_request";
    static final String ALTERNATE = "alternate_positions";
    static final String NEW_QUALIFICATIONS = "new_qualifications";
    static final String REALISTIC = "realistic_expectations";
    static final String PERSONALIZATION = "personalization";
    static final List<String> CONTENT = List.of(GRATITUDE, ACKNOWLEDGEMENT, INTEREST, "alternate_positions",
            "new_qualifications", FEEDBACK, "contact_details", TONE, REALISTIC);

    private Expect() {
    }

    /** The criterion is judged a problem: not met. */
    static Expectation flagged(String criterion) {
        return Expectation.single(criterion + " not met", v -> !v.is(criterion, Verdict.MET), criterion);
    }

    /** A mistake that could hurt: the criterion missing, or an error-severity finding on it. */
    static Expectation error(String criterion) {
        return Expectation.single(criterion + " missing or an error finding on it",
                v -> v.is(criterion, Verdict.MISSING) || v.hasError(criterion), criterion);
    }

    /** No mistake that could hurt: not missing, and no error-severity finding. */
    static Expectation noError(String criterion) {
        return Expectation.single(criterion + " not missing and no error finding on it",
                v -> !v.is(criterion, Verdict.MISSING) && !v.hasError(criterion), criterion);
    }

    static Expectation met(String criterion) {
        return Expectation.single(criterion + " met", v -> v.is(criterion, Verdict.MET), criterion);
    }

    /** The move is recognised, fully or in part. */
    static Expectation detected(String criterion) {
        return Expectation.single(criterion + " met or partial", v -> !v.is(criterion, Verdict.MISSING), criterion);
    }

    static Expectation absent(String criterion) {
        return Expectation.single(criterion + " missing", v -> v.is(criterion, Verdict.MISSING), criterion);
    }

    static Expectation both(Expectation first, Expectation second) {
        return new Expectation(first.description() + ", and " + second.description(),
                verdicts -> first.failure(verdicts).or(() -> second.failure(verdicts)));
    }

    /** The letter scores no more than {@code ceiling}, as the rubric caps a letter of its kind. */
    static Expectation scoresAtMost(int ceiling, String why) {
        return Expectation.single("score at most " + ceiling + " (" + why + ")", v -> v.score() <= ceiling, ACKNOWLEDGEMENT);
    }

    /** Letter 0 must score at least {@code margin} points above letter 1. */
    static Expectation scoresAbove(int margin, String first, String second) {
        return new Expectation("the " + first + " scores at least " + margin + " above the " + second, verdicts -> {
            int a = verdicts.get(0).score();
            int b = verdicts.get(1).score();
            return a - b >= margin ? Optional.empty()
                    : Optional.of("expected the " + first + " to score at least " + margin + " above the " + second
                            + "; got " + a + " vs " + b);
        });
    }

    /** Every status equal and the scores within {@code tolerance}. */
    static Expectation unchanged(int tolerance) {
        return new Expectation("every status equal, scores within " + tolerance, verdicts -> {
            Verdict a = verdicts.get(0);
            Verdict b = verdicts.get(1);
            List<String> changed = a.statuses().keySet().stream().sorted()
                    .filter(c -> !a.status(c).equals(b.status(c)))
                    .map(c -> c + " " + a.status(c) + "->" + b.status(c)).toList();
            if (!changed.isEmpty()) {
                return Optional.of("statuses changed: " + String.join(", ", changed) + " (score " + a.score() + "->"
                        + b.score() + ")");
            }
            return Math.abs(a.score() - b.score()) <= tolerance ? Optional.empty()
                    : Optional.of("score moved " + a.score() + "->" + b.score() + " (tolerance " + tolerance + ")");
        });
    }

    /**
     * The content criteria unchanged: what the letter says. Form criteria (mechanics,
     * structure, length, names) may rightly move when casing or punctuation does.
     */
    static Expectation contentUnchanged() {
        return new Expectation("every content criterion's status equal", verdicts -> {
            Verdict a = verdicts.get(0);
            Verdict b = verdicts.get(1);
            List<String> changed = CONTENT.stream().filter(c -> !a.status(c).equals(b.status(c)))
                    .map(c -> c + " " + a.status(c) + "->" + b.status(c)).toList();
            return changed.isEmpty() ? Optional.empty() : Optional.of("content statuses changed: "
                    + String.join(", ", changed) + " (score " + a.score() + "->" + b.score() + ")");
        });
    }

    /** The variant (letter 1) is no better than the base (letter 0) on the criterion and the score. */
    static Expectation noHigher(String criterion, boolean alsoScore) {
        return new Expectation(criterion + (alsoScore ? " and score" : "") + " no higher after the change", verdicts -> {
            Verdict base = verdicts.get(0);
            Verdict variant = verdicts.get(1);
            if (variant.rank(criterion) > base.rank(criterion)) {
                return Optional.of(criterion + " rose " + base.status(criterion) + "->" + variant.status(criterion));
            }
            if (alsoScore && variant.score() > base.score()) {
                return Optional.of("score rose " + base.score() + "->" + variant.score());
            }
            return Optional.empty();
        });
    }

    /** The variant (letter 1) is no worse than the base (letter 0) on the criterion. */
    static Expectation noLower(String criterion) {
        return new Expectation(criterion + " no lower after the change",
                verdicts -> verdicts.get(1).rank(criterion) >= verdicts.get(0).rank(criterion) ? Optional.empty()
                        : Optional.of(criterion + " fell " + verdicts.get(0).status(criterion) + "->"
                                + verdicts.get(1).status(criterion)));
    }

    /** The expectation applied to the variant (letter 1) of a pair. */
    static Expectation onVariant(Expectation single) {
        return new Expectation(single.description() + " after the change",
                verdicts -> single.failure(List.of(verdicts.get(1))));
    }
}
