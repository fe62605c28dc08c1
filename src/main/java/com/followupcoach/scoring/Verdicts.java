package com.followupcoach.scoring;

import com.followupcoach.scoring.rubric.CriterionSpec;
import com.followupcoach.scoring.rubric.Rubric;
import com.followupcoach.vocabulary.Criterion;
import com.followupcoach.vocabulary.CriterionResult;
import com.followupcoach.vocabulary.Status;
import java.util.Map;

/** Makes criterion results from the rubric's weights and messages. */
final class Verdicts {

    private final Rubric rubric;

    Verdicts(Rubric rubric) {
        this.rubric = rubric;
    }

    /**
     * @param key  which message of the criterion to show (met, partial, missing or a special case)
     * @param vars values for {@code {name}} placeholders in the message
     */
    CriterionResult result(Criterion criterion, Status status, String key, Map<String, String> vars) {
        CriterionSpec spec = rubric.spec(criterion);
        int max = status == Status.NOT_ASSESSED ? 0 : spec.weight();
        int points = switch (status) {
            case MET -> max;
            case PARTIAL -> (max + 1) / 2;
            default -> 0;
        };
        String message = fill(spec.message(key, fallback(status)), vars);
        return new CriterionResult(criterion, status, points, max, message, spec.lesson());
    }

    CriterionResult result(Criterion criterion, Status status, String key) {
        return result(criterion, status, key, Map.of());
    }

    CriterionResult result(Criterion criterion, Status status) {
        return result(criterion, status, fallback(status), Map.of());
    }

    String message(Criterion criterion, String key, Map<String, String> vars) {
        return fill(rubric.spec(criterion).message(key, "missing"), vars);
    }

    private static String fallback(Status status) {
        return switch (status) {
            case MET -> "met";
            case PARTIAL -> "partial";
            case MISSING -> "missing";
            case NOT_ASSESSED -> "not_assessed";
        };
    }

    static String fill(String template, Map<String, String> vars) {
        String out = template;
        for (var e : vars.entrySet()) {
            out = out.replace("{" + e.getKey() + "}", e.getValue());
        }
        return out;
    }
}
