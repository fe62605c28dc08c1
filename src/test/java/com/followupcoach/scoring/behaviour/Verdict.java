package com.followupcoach.scoring.behaviour;

import java.util.List;
import java.util.Map;

/**
 * What the engine said about one letter, in the ids of the scoring contract.
 *
 * @param statuses criterion id to status id ("met", "partial", "missing", "not_assessed")
 */
record Verdict(int score, Map<String, String> statuses, List<Mark> marks) {

    static final String MET = "met";
    static final String MISSING = "missing";

    /** One finding: where, on which criterion, how severe. */
    record Mark(String criterion, String severity, int start, int end) {
    }

    Verdict {
        statuses = Map.copyOf(statuses);
        marks = List.copyOf(marks);
    }

    String status(String criterion) {
        String status = statuses.get(criterion);
        if (status == null) {
            throw new IllegalArgumentException("the engine gave no result for " + criterion);
        }
        return status;
    }

    boolean is(String criterion, String status) {
        return status(criterion).equals(status);
    }

    /** Orders statuses so that a direction test can say "not lower": missing 0, partial 1, met 2. */
    int rank(String criterion) {
        return switch (status(criterion)) {
            case "met" -> 2;
            case "partial" -> 1;
            case "missing" -> 0;
            default -> -1;
        };
    }

    boolean hasError(String criterion) {
        return marks.stream().anyMatch(m -> m.criterion().equals(criterion) && m.severity().equals("error"));
    }

    String brief(String criterion) {
        return criterion + "=" + status(criterion) + ", score " + score;
    }
}
