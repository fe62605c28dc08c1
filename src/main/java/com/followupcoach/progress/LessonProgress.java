package com.followupcoach.progress;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A learner's progress through one lesson module; a module never opened is {@code NEW}. */
public record LessonProgress(String moduleId, LessonStatus status, List<String> sectionsSeen,
                             Optional<Instant> startedAt, Optional<Instant> completedAt) {

    public LessonProgress {
        sectionsSeen = List.copyOf(sectionsSeen);
    }

    static LessonProgress notStarted(String moduleId) {
        return new LessonProgress(moduleId, LessonStatus.NEW, List.of(), Optional.empty(), Optional.empty());
    }
}
