package com.followupcoach.scoring.rubric;

import com.followupcoach.scoring.signal.SignalKind;
import com.followupcoach.scoring.signal.Signals;
import com.followupcoach.vocabulary.Criterion;
import java.util.Optional;

/**
 * A signal that a policy clause names. Most name the judged criterion's own signals
 * ({@code error}); a clause may also ask about another criterion's, written
 * {@code criterion.kind} ({@code realistic_expectations.error}), because one fault can harm two
 * things at once: an appeal against the decision is an unrealistic request and also reads as
 * not accepting it.
 *
 * @param kind the kind of signal
 * @param of   the criterion whose signals are asked about; empty for the judged criterion's own
 *             (and always empty for a letter-wide kind)
 */
public record SignalRef(SignalKind kind, Optional<Criterion> of) {

    public SignalRef {
        if (kind.letterWide() && of.isPresent()) {
            throw new IllegalArgumentException("letter-wide signal '" + kind.id() + "' belongs to no criterion");
        }
    }

    public static SignalRef own(SignalKind kind) {
        return new SignalRef(kind, Optional.empty());
    }

    /** Whether the letter has at least one such signal, {@code judged} being the criterion whose policy asks. */
    public boolean presentIn(Signals signals, Criterion judged) {
        return signals.count(of.orElse(judged), kind) > 0;
    }

    /** As the rubric writes it. */
    public String id() {
        return of.map(c -> c.id() + ".").orElse("") + kind.id();
    }
}
