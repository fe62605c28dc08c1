package com.followupcoach.progress;

import java.time.Instant;
import java.util.Optional;

/**
 * The autosaved text of one exercise.
 *
 * @param scenarioJson the learner's own scenario fields (company, role…) as JSON, if any
 */
public record Draft(long profileId, String exerciseId, String text, Optional<String> scenarioJson, Instant updatedAt) {
}
