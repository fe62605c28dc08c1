package com.followupcoach.progress;

import com.followupcoach.vocabulary.Criterion;
import com.followupcoach.vocabulary.Status;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Builds a progress database with a long history, to measure the dashboard at scale.
 * Run (see docs/progress.md):
 * <pre>
 * mvn -o -q -B test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=com.followupcoach.progress.DashboardDataGenerator -Dexec.args="/tmp/fuc-bench 10000"
 * </pre>
 * It fills the default profile with N attempts (14 criterion rows each), some quizzes and
 * lessons, then times the whole dashboard summary (median of several loads).
 */
public final class DashboardDataGenerator {

    private static final String[] EXERCISES = {"ex-timing", "ex-feedback", "ex-alternate", "ex-tone", "own-letter"};
    private static final String[] MODULES = {"why-follow-up", "timing", "alternate-positions", "asking-for-feedback",
        "realistic-expectations"};

    private DashboardDataGenerator() {
    }

    public static void main(String[] args) {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/dashboard-bench");
        int attempts = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        try (ProgressStore store = new ProgressStoreOpener(Clock.systemDefaultZone()).openForApp(dir).store()) {
            long profile = store.profiles().lastActive().id();
            long start = System.nanoTime();
            fill(store, profile, attempts, Instant.now().minus(Duration.ofDays(300)));
            System.out.printf("generated %d attempts in %d ms%n", attempts, (System.nanoTime() - start) / 1_000_000);
            List<Long> millis = new ArrayList<>();
            for (int run = 0; run < 7; run++) {
                long t0 = System.nanoTime();
                DashboardSummary summary = store.dashboard().summary(profile);
                millis.add((System.nanoTime() - t0) / 1_000_000);
                if (run == 0) {
                    System.out.printf("first load: weakest=%s best=%s days=%d%n", summary.weakest().orElse(null),
                            summary.bestLetterScore(), summary.practiceDays().size());
                }
            }
            System.out.println("dashboard summary loads (ms): " + millis);
            List<Long> sorted = new ArrayList<>(millis);
            sorted.sort(null);
            System.out.println("median: " + sorted.get(sorted.size() / 2) + " ms, first: " + millis.get(0) + " ms");
        }
    }

    /** N attempts spread over time from {@code from}, with deterministic pseudo-random outcomes. */
    static void fill(ProgressStore store, long profileId, int attempts, Instant from) {
        Random random = new Random(42);
        Criterion[] criteria = Criterion.values();
        Status[] statuses = Status.values();
        store.inOneTransaction(() -> {
            for (int i = 0; i < attempts; i++) {
                List<CriterionOutcome> outcomes = new ArrayList<>();
                for (Criterion criterion : criteria) {
                    Status status = statuses[random.nextInt(statuses.length)];
                    outcomes.add(new CriterionOutcome(criterion, status, status == Status.MET ? 10 : 0, 10));
                }
                Instant at = from.plus(Duration.ofMinutes(37L * i));
                store.attempts().restore(profileId, new Attempt(0, EXERCISES[i % EXERCISES.length],
                        "Dear Ms Chen, thank you for the interview. Attempt " + i, random.nextInt(101),
                        180 + random.nextInt(80), random.nextInt(6), at, outcomes));
            }
            for (int i = 0; i < attempts / 20; i++) {
                String module = MODULES[i % MODULES.length];
                store.quizzes().restore(profileId, module, List.of(new QuizAnswer("q1", List.of(0), random.nextBoolean()),
                        new QuizAnswer("q2", List.of(1), random.nextBoolean())), from.plus(Duration.ofHours(i)));
            }
            for (String module : MODULES) {
                store.lessons().restoreSection(profileId, module, "intro", from);
                store.lessons().restoreModule(profileId, module, from, java.util.Optional.of(from.plus(Duration.ofDays(1))));
            }
        });
    }
}
