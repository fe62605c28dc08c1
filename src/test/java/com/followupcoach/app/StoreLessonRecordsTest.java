package com.followupcoach.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.followupcoach.lessons.BuiltInLessons;
import com.followupcoach.lessons.LessonLibrary;
import com.followupcoach.lessons.LessonLoader;
import com.followupcoach.lessons.LessonModule;
import com.followupcoach.lessons.Question;
import com.followupcoach.progress.ProgressStore;
import com.followupcoach.progress.ProgressStoreOpener;
import com.followupcoach.vocabulary.Scenario;
import com.followupcoach.scoring.ScoringEngine;
import com.followupcoach.scoring.rubric.Rubric;
import com.followupcoach.ui.common.CriterionLessons;
import com.followupcoach.ui.lessons.LessonRecords;
import com.followupcoach.ui.progress.ProgressReport;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Lesson records in a real progress store: mastery agrees with the Progress page, screens resume. */
class StoreLessonRecordsTest {

    @TempDir
    Path dir;
    private ProgressStore store;
    private long me;
    private final List<String> failures = new ArrayList<>();
    private final BackgroundWriter writer = new BackgroundWriter(failures::add);
    private final LessonLibrary library = LessonLoader.load(List.of(BuiltInLessons.root().orElseThrow()));

    @BeforeEach
    void open() {
        store = new ProgressStoreOpener(Clock.systemUTC()).openForApp(dir).store();
        me = store.profiles().lastActive().id();
    }

    @AfterEach
    void close() {
        writer.close();
        store.close();
    }

    @Test
    void masteryOnTheLessonListIsTheProgressPagesMastery() {
        StoreLessonRecords records = new StoreLessonRecords(store, library, () -> me, writer);
        LessonModule module = library.modules().stream().filter(m -> !m.exercises().isEmpty()).findFirst().orElseThrow();
        // One wrong answer of seven: a quiz percent that rounds differently by different routes.
        List<LessonRecords.AnsweredQuestion> answers = new ArrayList<>();
        List<Question> questions = module.quiz().questions();
        for (int i = 0; i < questions.size(); i++) {
            answers.add(new LessonRecords.AnsweredQuestion(questions.get(i).id(), List.of(0), i > 0));
        }
        records.quizFinished(module.id(), answers);
        writer.close();
        String exercise = module.exercises().get(0).id();
        ScoringEngine engine = new ScoringEngine(Rubric.builtIn());
        String letter = "Dear Ms Shah,\n\nThank you for letting me know, and for the interview. I understand your"
                + " decision. I would welcome feedback, and please keep me in mind for other roles.\n\nKind regards,\nAna";
        store.attempts().record(me, exercise, letter, engine.score(letter, Scenario.NONE));

        int onList = records.mastery().get(module.id());
        OptionalInt onProgress = ProgressReport.of(library.modules(), CriterionLessons.of(Rubric.builtIn()),
                        new StoreProgressRecords(store, () -> me).load())
                .modules().stream().filter(m -> m.moduleId().equals(module.id())).findFirst().orElseThrow().mastery();

        assertThat(onProgress).hasValue(onList);
        int quiz = (questions.size() - 1) * 100 / questions.size();
        int letterScore = store.attempts().forExercise(me, exercise, 1).get(0).score();
        assertThat(onList).as("the mean of the quiz and the letter").isEqualTo(Math.round((quiz + letterScore) / 2f));
        assertThat(records.mastery()).containsOnlyKeys(module.id());
    }

    @Test
    void theFurthestScreenReadIsWhereTheLearnerPicksUp() {
        StoreLessonRecords records = new StoreLessonRecords(store, library, () -> me, writer);
        LessonModule module = library.modules().get(1);

        assertThat(records.furthestScreen(module.id())).isEmpty();
        records.screenRead(module.id(), 0, module.sections().size());
        records.screenRead(module.id(), 2, module.sections().size());
        records.screenRead(module.id(), 1, module.sections().size());
        writer.close();

        assertThat(records.furthestScreen(module.id())).hasValue(2);
        assertThat(failures).isEmpty();
    }

    @Test
    void aWriteIsFiledUnderTheLearnerWhoActedEvenIfTheLearnerChangesBeforeItRuns() throws InterruptedException {
        long other = store.profiles().create("Sam").id();
        AtomicLong active = new AtomicLong(me);
        StoreLessonRecords records = new StoreLessonRecords(store, library, active::get, writer);
        LessonModule module = library.modules().get(1);
        CountDownLatch hold = new CountDownLatch(1);
        // The writer is busy, so the learner's screen waits in its queue.
        writer.write(() -> {
            try {
                hold.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });

        records.screenRead(module.id(), 1, module.sections().size());
        active.set(other);
        hold.countDown();
        writer.close();

        assertThat(new StoreLessonRecords(store, library, () -> me, writer).furthestScreen(module.id())).hasValue(1);
        assertThat(records.furthestScreen(module.id())).as("the learner who took over").isEmpty();
    }

    @Test
    void aFailedWriteIsReportedInOneLine() {
        StoreLessonRecords records = new StoreLessonRecords(store, library, () -> me, writer);
        store.close();

        records.screenRead(library.modules().get(1).id(), 0, 3);
        writer.close();

        assertThat(failures).hasSize(1);
        assertThat(failures.get(0)).doesNotContain("\n").doesNotContain("Exception");
    }
}
