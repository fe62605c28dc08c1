package com.followupcoach.scoring.signal;

import com.followupcoach.vocabulary.Criterion;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * All signals of one letter, asked the way policies ask: how many of this kind for this
 * criterion. Counts are kept as signals arrive, so a policy's question costs the same for a
 * letter with a million findings as for one with three.
 */
public final class Signals {

    private final List<Signal> all = new ArrayList<>();
    private final Map<SignalKind, int[]> perCriterion = new EnumMap<>(SignalKind.class);
    private final Map<SignalKind, Integer> letterWide = new EnumMap<>(SignalKind.class);

    public void add(Signal signal) {
        all.add(signal);
        if (signal.criterion().isPresent()) {
            perCriterion.computeIfAbsent(signal.kind(), k -> new int[Criterion.values().length])
                    [signal.criterion().get().ordinal()]++;
        } else {
            letterWide.merge(signal.kind(), 1, Integer::sum);
        }
    }

    /** Signals of {@code kind} that speak to {@code criterion} (or to the whole letter, for a letter-wide kind). */
    public int count(Criterion criterion, SignalKind kind) {
        if (kind.letterWide()) {
            return letterWide.getOrDefault(kind, 0);
        }
        int[] counts = perCriterion.get(kind);
        return counts == null ? 0 : counts[criterion.ordinal()];
    }

    public List<Signal> all() {
        return Collections.unmodifiableList(all);
    }
}
