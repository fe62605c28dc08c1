package com.followupcoach.ui.lessons;

import com.followupcoach.lessons.LessonModule;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/** The learner's progress through the course, read in one go off the FX thread. */
record LessonSnapshot(Map<String, LessonStatus> statuses, Map<String, Integer> mastery,
                      Map<String, Integer> furthest) {

    LessonSnapshot {
        statuses = Map.copyOf(statuses);
        mastery = Map.copyOf(mastery);
        furthest = Map.copyOf(furthest);
    }

    /** Reads every module's status, mastery and furthest screen; runs on the storage thread. */
    static LessonSnapshot read(List<LessonModule> modules, LessonRecords records) {
        Map<String, LessonStatus> statuses = new HashMap<>();
        Map<String, Integer> furthest = new HashMap<>();
        for (LessonModule m : modules) {
            statuses.put(m.id(), records.status(m.id()));
            OptionalInt screen = records.furthestScreen(m.id());
            screen.ifPresent(s -> furthest.put(m.id(), s));
        }
        return new LessonSnapshot(statuses, records.mastery(), furthest);
    }

    Optional<LessonStatus> status(String moduleId) {
        return Optional.ofNullable(statuses.get(moduleId));
    }

    int furthest(String moduleId) {
        return furthest.getOrDefault(moduleId, 0);
    }
}
