package com.followupcoach.app;

import com.followupcoach.lessons.LessonLibrary;
import com.followupcoach.progress.ProgressStore;
import com.followupcoach.progress.QuizAnswer;
import com.followupcoach.ui.lessons.LessonRecords;
import com.followupcoach.ui.lessons.LessonStatus;
import com.followupcoach.ui.progress.ProgressRecords;
import com.followupcoach.ui.progress.ProgressReport;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.LongSupplier;
import java.util.stream.IntStream;

/**
 * Lesson and quiz progress, kept in the progress store for the active profile. Writes go
 * through the background writer, filed under the learner active when they were asked for;
 * a failed write is reported by the writer. Reads run where they are called: the Lessons
 * view model calls them on the writer's thread, behind the writes before them.
 */
final class StoreLessonRecords implements LessonRecords {

    /** Screens are kept as sections named "screen-1", "screen-2"…, counted from 1. */
    private static final String SCREEN = "screen-";

    private final ProgressStore store;
    private final LessonLibrary library;
    private final LongSupplier profile;
    private final BackgroundWriter writer;
    /** Mastery comes from the same figures and the same code as the Progress page, so they agree. */
    private final ProgressRecords progress;

    StoreLessonRecords(ProgressStore store, LessonLibrary library, LongSupplier profile, BackgroundWriter writer) {
        this.store = store;
        this.library = library;
        this.profile = profile;
        this.writer = writer;
        this.progress = new StoreProgressRecords(store, profile);
    }

    @Override
    public LessonStatus status(String moduleId) {
        return LessonStatus.valueOf(store.lessons().progress(profile.getAsLong(), moduleId).status().name());
    }

    @Override
    public void screenRead(String moduleId, int index, int count) {
        long id = profile.getAsLong();
        writer.write(() -> {
            store.lessons().markSectionSeen(id, moduleId, SCREEN + (index + 1));
            if (index == count - 1) {
                store.lessons().markCompleted(id, moduleId);
            }
        });
    }

    @Override
    public OptionalInt furthestScreen(String moduleId) {
        return store.lessons().progress(profile.getAsLong(), moduleId).sectionsSeen().stream()
                .filter(section -> section.startsWith(SCREEN))
                .flatMapToInt(section -> screenIndex(section.substring(SCREEN.length())))
                .max();
    }

    private static IntStream screenIndex(String number) {
        try {
            return IntStream.of(Integer.parseInt(number) - 1);
        } catch (NumberFormatException notAScreen) {
            return IntStream.empty();
        }
    }

    @Override
    public void quizFinished(String moduleId, List<LessonRecords.AnsweredQuestion> answers) {
        long id = profile.getAsLong();
        List<QuizAnswer> kept = answers.stream()
                .map(a -> new QuizAnswer(a.questionId(), a.chosen(), a.correct()))
                .toList();
        writer.write(() -> store.quizzes().record(id, moduleId, kept));
    }

    /** Read from the dashboard's figures and worked out by the Progress page's own code. */
    @Override
    public Map<String, Integer> mastery() {
        Map<String, Integer> mastery = new HashMap<>();
        for (ProgressReport.ModuleProgress module : ProgressReport.modules(library.modules(), progress.load())) {
            module.mastery().ifPresent(percent -> mastery.put(module.moduleId(), percent));
        }
        return mastery;
    }
}
