package com.followupcoach.scoring.signal;

import com.followupcoach.vocabulary.Criterion;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/** All signals of one letter, asked the way policies ask: how many of this kind for this criterion. */
public final class Signals {

    private final List<Signal> all = new ArrayList<>();

    public void add(Signal signal) {
        all.add(signal);
    }

    /** Signals of {@code kind} that speak to {@code criterion} (or to the whole letter, for a letter-wide kind). */
    public int count(Criterion criterion, SignalKind kind) {
        Optional<Criterion> about = kind.letterWide() ? Optional.empty() : Optional.of(criterion);
        int n = 0;
        for (Signal s : all) {
            if (s.kind() == kind && s.criterion().equals(about)) {
                n++;
            }
        }
        return n;
    }

    public List<Signal> all() {
        return Collections.unmodifiableList(all);
    }
}
