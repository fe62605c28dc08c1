package com.followupcoach.ui.lessons;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

/** Lesson progress in maps, for view tests that need no database. */
public final class InMemoryLessonRecords implements LessonRecords {

    final Map<String, Set<Integer>> screensRead = new HashMap<>();
    final Map<String, List<List<AnsweredQuestion>>> quizzes = new HashMap<>();
    private final Map<String, Integer> screenCounts = new HashMap<>();

    @Override
    public LessonStatus status(String moduleId) {
        Set<Integer> read = screensRead.getOrDefault(moduleId, Set.of());
        if (read.isEmpty()) {
            return LessonStatus.NEW;
        }
        return read.size() == screenCounts.get(moduleId) ? LessonStatus.DONE : LessonStatus.IN_PROGRESS;
    }

    @Override
    public void screenRead(String moduleId, int index, int count) {
        screenCounts.put(moduleId, count);
        screensRead.computeIfAbsent(moduleId, m -> new HashSet<>()).add(index);
    }

    @Override
    public OptionalInt furthestScreen(String moduleId) {
        return screensRead.getOrDefault(moduleId, Set.of()).stream().mapToInt(Integer::intValue).max();
    }

    @Override
    public void quizFinished(String moduleId, List<AnsweredQuestion> answers) {
        quizzes.computeIfAbsent(moduleId, m -> new ArrayList<>()).add(answers);
    }

    /** Mastery here is the best quiz result; the real rule is tested with the store. */
    @Override
    public Map<String, Integer> mastery() {
        Map<String, Integer> mastery = new HashMap<>();
        quizzes.forEach((module, runs) -> mastery.put(module, runs.stream()
                .mapToInt(a -> (int) (100 * a.stream().filter(AnsweredQuestion::correct).count() / a.size()))
                .max().orElse(0)));
        return mastery;
    }
}
