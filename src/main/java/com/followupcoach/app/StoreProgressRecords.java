package com.followupcoach.app;

import com.followupcoach.progress.DashboardSummary;
import com.followupcoach.progress.ProgressStore;
import com.followupcoach.ui.lessons.LessonStatus;
import com.followupcoach.ui.progress.ProgressData;
import com.followupcoach.ui.progress.ProgressRecords;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;

/** The Progress page's facts, read from the store's dashboard summary for the active profile. */
final class StoreProgressRecords implements ProgressRecords {

    /** A per-profile setting: the calendar is opt-in, so absent means hidden. */
    static final String PRACTICE_DAYS = "progress.practice_days";

    private final ProgressStore store;
    private final LongSupplier profile;

    StoreProgressRecords(ProgressStore store, LongSupplier profile) {
        this.store = store;
        this.profile = profile;
    }

    @Override
    public ProgressData load() {
        long id = profile.getAsLong();
        DashboardSummary summary = store.dashboard().summary(id);
        boolean shown = store.settings().profile(id, PRACTICE_DAYS).map("on"::equals).orElse(false);
        return new ProgressData(
                summary.modules().stream().collect(Collectors.toMap(DashboardSummary.ModuleStatus::moduleId,
                        m -> LessonStatus.valueOf(m.status().name()))),
                summary.quizzes().stream().collect(Collectors.toMap(DashboardSummary.QuizScore::moduleId,
                        q -> new ProgressData.QuizResult(q.bestPercent(), q.latestPercent(), q.attempts()))),
                summary.bestByExercise().stream().collect(Collectors.toMap(DashboardSummary.ExerciseBest::exerciseId,
                        e -> new ProgressData.ExerciseResult(e.bestScore(), e.attempts()))),
                summary.bestLetterScore(), summary.latestLetterScore(),
                summary.recentScores().stream()
                        .map(p -> new ProgressData.ScorePoint(p.exerciseId(), p.createdAt(), p.score())).toList(),
                summary.misses().stream()
                        .map(m -> new ProgressData.CriterionMisses(m.criterion(), m.missed(), m.assessed())).toList(),
                summary.weakest(), summary.practiceDays(), shown);
    }

    @Override
    public void showPracticeDays(boolean shown) {
        store.settings().setProfile(profile.getAsLong(), PRACTICE_DAYS, shown ? "on" : "off");
    }
}
