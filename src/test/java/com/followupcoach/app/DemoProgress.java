package com.followupcoach.app;

import com.followupcoach.lessons.Exercise;
import com.followupcoach.lessons.LessonLibrary;
import com.followupcoach.lessons.LessonLoader;
import com.followupcoach.lessons.LessonModule;
import com.followupcoach.progress.ProgressStore;
import com.followupcoach.progress.ProgressStoreOpener;
import com.followupcoach.progress.QuizAnswer;
import com.followupcoach.scoring.ScoringEngine;
import com.followupcoach.scoring.rubric.Rubric;
import com.followupcoach.vocabulary.Critique;
import com.followupcoach.vocabulary.Scenario;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Fills a data folder with a plausible few weeks of a learner's work, for screenshots:
 * lessons read, quizzes taken, and real letters from the test corpus scored by the real
 * engine against the built-in exercises, getting better with noise. Run:
 * <pre>
 * mvn -o -q -B test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=com.followupcoach.app.DemoProgress -Dexec.args="/tmp/fuc-demo"
 * </pre>
 */
public final class DemoProgress {

    private static final String[] LETTERS = {"003-software-tester", "002-warehouse-team-leader", "004-primary-teacher",
        "010-office-administrator", "007-marketing-executive", "012-data-analyst", "014-store-manager",
        "001-staff-nurse-respiratory", "016-chemistry-teacher", "019-it-support-engineer", "022-receptionist",
        "030-junior-software-engineer", "036-financial-analyst", "040-care-assistant"};

    private DemoProgress() {
    }

    public static void main(String[] args) throws IOException {
        java.nio.file.Path dir = java.nio.file.Path.of(args.length > 0 ? args[0] : "target/demo-progress");
        StepClock clock = new StepClock(Instant.now().minus(Duration.ofDays(75)));
        LessonLibrary library = LessonLoader.loadForApp(Optional.empty(), Optional.empty());
        try (ProgressStore store = new ProgressStoreOpener(clock).openForApp(dir).store()) {
            long ana = store.profiles().lastActive().id();
            store.profiles().rename(ana, "Ana");
            long sam = store.profiles().create("Sam").id();
            List<LessonModule> modules = library.modules();
            ScoringEngine engine = new ScoringEngine(Rubric.builtIn());
            List<Exercise> exercises = library.exercises();
            for (int i = 0; i < LETTERS.length; i++) {
                if (i < 4) {
                    LessonModule module = modules.get(i);
                    store.lessons().markSectionSeen(ana, module.id(), "screen-1");
                    store.lessons().markCompleted(ana, module.id());
                    store.quizzes().record(ana, module.id(), answers(i));
                    clock.advance(Duration.ofHours(20));
                }
                Exercise exercise = exercises.get(i % exercises.size());
                Critique critique = engine.score(letter(LETTERS[i]), exercise.scenario()
                        .map(s -> s.toScoringScenario()).orElse(Scenario.NONE));
                store.attempts().record(ana, exercise.id(), letter(LETTERS[i]), critique);
                clock.advance(Duration.ofHours(30 + 17L * (i % 4)));
            }
            store.lessons().markSectionSeen(ana, modules.get(4).id(), "screen-1");
            store.quizzes().record(ana, modules.get(0).id(), answers(3));
            store.lessons().markSectionSeen(sam, modules.get(0).id(), "screen-1");
            store.profiles().setActive(ana);
            System.out.println("demo progress written to " + dir);
        }
    }

    private static List<QuizAnswer> answers(int seed) {
        List<QuizAnswer> answers = new ArrayList<>();
        for (int q = 0; q < 5; q++) {
            answers.add(new QuizAnswer("q" + q, List.of(0), (q + seed) % 3 != 0));
        }
        return answers;
    }

    private static String letter(String name) throws IOException {
        try (InputStream in = DemoProgress.class.getResourceAsStream("/letters/" + name + ".txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Time moves only when the demo says so, so the history spreads over weeks. */
    private static final class StepClock extends Clock {
        private Instant now;

        StepClock(Instant start) {
            now = start;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.systemDefault();
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
