package com.followupcoach.scoring.signal;

import com.followupcoach.scoring.text.Span;
import com.followupcoach.vocabulary.Criterion;
import java.util.Objects;
import java.util.Optional;

/**
 * One thing a detector noticed in a letter, in a form every criterion's policy can read:
 * what it speaks to, what kind of thing it is, where it is, how sure the detector is and
 * which detector (or rule) said so. Policies in the rubric decide what signals mean.
 *
 * @param criterion  the criterion it speaks to; empty for a fact about the whole letter
 *                   (it mentions the decision, it gives a phone number)
 * @param kind       what was noticed
 * @param span       where, in the letter's offsets (empty span for facts with no place)
 * @param confidence from 0 to 1; rules and exact detectors say 1
 * @param source     the rule id or detector name, for tracing a verdict back to its cause
 */
public record Signal(Optional<Criterion> criterion, SignalKind kind, Span span, double confidence, String source) {

    public Signal {
        Objects.requireNonNull(criterion, "criterion");
        Objects.requireNonNull(kind, "kind");
        if (kind.letterWide() == criterion.isPresent()) {
            throw new IllegalArgumentException(kind.id() + (kind.letterWide() ? " is about the whole letter"
                    : " needs a criterion"));
        }
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence " + confidence + " is outside 0..1");
        }
    }

    /** A sure signal about one criterion. */
    public static Signal of(Criterion criterion, SignalKind kind, Span span, String source) {
        return new Signal(Optional.of(criterion), kind, span, 1.0, source);
    }

    /** A sure signal about the whole letter. */
    public static Signal letter(SignalKind kind, Span span, String source) {
        return new Signal(Optional.empty(), kind, span, 1.0, source);
    }
}
