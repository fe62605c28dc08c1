package com.followupcoach.scoring.rubric;

import com.followupcoach.vocabulary.Criterion;
import java.util.Map;

/**
 * A criterion as the rubric publishes it: its weight in the score, the lesson that teaches
 * it, and the one-line messages shown for each outcome. Messages are looked up by key
 * ({@code met}, {@code partial}, {@code missing}, and special cases such as
 * {@code wrong_genre}); {@code {name}} placeholders are filled in by the engine. Its policy
 * says which signals make it met, partial or missing.
 */
public record CriterionSpec(Criterion criterion, int weight, String lesson, Map<String, String> messages,
                            CriterionPolicy policy) {

    public CriterionSpec {
        messages = Map.copyOf(messages);
    }

    /** The message for the key, else for the fallback key, else the empty string. */
    public String message(String key, String fallback) {
        String m = messages.get(key);
        return m != null ? m : messages.getOrDefault(fallback, "");
    }
}
