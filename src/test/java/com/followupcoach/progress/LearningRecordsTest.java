package com.followupcoach.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.followupcoach.vocabulary.Criterion;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Lesson progress, quizzes, settings, dismissed flags and ready marks. */
class LearningRecordsTest {

    @TempDir
    Path dir;

    private StoreFixture fixture;
    private ProgressStore store;
    private long me;

    @BeforeEach
    void open() {
        fixture = new StoreFixture(dir);
        store = fixture.open();
        me = store.profiles().lastActive().id();
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aModuleGoesFromNewToInProgressToDone() {
        assertThat(store.lessons().progress(me, "timing").status()).isEqualTo(LessonStatus.NEW);

        store.lessons().markSectionSeen(me, "timing", "intro");
        fixture.clock.advance(Duration.ofMinutes(3));
        store.lessons().markSectionSeen(me, "timing", "wait");
        store.lessons().markSectionSeen(me, "timing", "intro");
        LessonProgress started = store.lessons().progress(me, "timing");
        assertThat(started.status()).isEqualTo(LessonStatus.IN_PROGRESS);
        assertThat(started.sectionsSeen()).containsExactly("intro", "wait");
        assertThat(started.startedAt()).contains(Instant.parse("2026-03-02T09:00:00Z"));

        store.lessons().markCompleted(me, "timing");
        LessonProgress done = store.lessons().progress(me, "timing");
        assertThat(done.status()).isEqualTo(LessonStatus.DONE);
        assertThat(done.completedAt()).contains(Instant.parse("2026-03-02T09:03:00Z"));
    }

    @Test
    void aModulesProgressHoldsOnlyItsOwnSectionsAndThisLearners() {
        long other = store.profiles().create("Ben").id();
        store.lessons().markSectionSeen(me, "timing", "intro");
        store.lessons().markSectionSeen(me, "tone", "warmth");
        store.lessons().markSectionSeen(other, "tone", "apology");
        store.lessons().markCompleted(other, "tone");

        LessonProgress tone = store.lessons().progress(me, "tone");
        assertThat(tone.sectionsSeen()).containsExactly("warmth");
        assertThat(tone.status()).isEqualTo(LessonStatus.IN_PROGRESS);
        assertThat(store.lessons().progress(me, "timing").sectionsSeen()).containsExactly("intro");
        assertThat(store.lessons().progress(other, "timing").status()).isEqualTo(LessonStatus.NEW);
        assertThat(store.lessons().all(me)).extracting(LessonProgress::moduleId).containsExactly("timing", "tone");
    }

    @Test
    void aQuizAttemptKeepsEveryAnswerAndItsScore() {
        QuizAttempt attempt = store.quizzes().record(me, "timing", List.of(
                new QuizAnswer("q1", List.of(0, 2), true),
                new QuizAnswer("q2", List.of(1), false),
                new QuizAnswer("q3", List.of(), false)));

        assertThat(attempt.percent()).isEqualTo(33);
        assertThat(store.quizzes().list(me)).containsExactly(attempt);
        assertThat(store.quizzes().list(me).get(0).answers().get(0).chosen()).containsExactly(0, 2);
    }

    @Test
    void settingsAreAppWideOrPerProfileWithSafeDefaults() {
        Profile ana = store.profiles().create("Ana");
        assertThat(store.settings().zoom()).isEqualTo(1.0);
        assertThat(store.settings().coolDownHours()).isEqualTo(SettingsRepository.DEFAULT_COOL_DOWN_HOURS);

        store.settings().setTheme("dark");
        store.settings().setZoom(1.5);
        store.settings().setCoolDownHours(48);
        store.settings().setProfile(me, "sound", "off");

        assertThat(store.settings().theme()).contains("dark");
        assertThat(store.settings().zoom()).isEqualTo(1.5);
        assertThat(store.settings().coolDownHours()).isEqualTo(48);
        assertThat(store.settings().profile(me, "sound")).contains("off");
        assertThat(store.settings().profile(ana.id(), "sound")).isEmpty();

        store.settings().setApp(SettingsRepository.ZOOM, "huge");
        assertThat(store.settings().zoom()).isEqualTo(1.0);
        assertThatThrownBy(() -> store.settings().setZoom(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void dismissedFlagsAreFoundAgainAndCountedByCriterionAcrossProfiles() {
        Profile ana = store.profiles().create("Ana");
        DismissedFlag flag = store.dismissedFlags().dismiss(me, "ex-1", Criterion.TONE, "frankly", "sounds defensive");
        store.dismissedFlags().dismiss(ana.id(), "ex-1", Criterion.TONE, "honestly", "sounds defensive");
        store.dismissedFlags().dismiss(ana.id(), "ex-2", Criterion.MECHANICS, "colour", "spelling");

        assertThat(store.dismissedFlags().isDismissed(me, "ex-1", Criterion.TONE, "frankly")).isTrue();
        assertThat(store.dismissedFlags().isDismissed(me, "ex-2", Criterion.TONE, "frankly")).isFalse();
        assertThat(store.dismissedFlags().list(me)).containsExactly(flag);
        assertThat(store.dismissedFlags().countByCriterion()).isEqualTo(Map.of(Criterion.TONE, 2, Criterion.MECHANICS, 1));

        store.dismissedFlags().undo(flag.id());
        assertThat(store.dismissedFlags().isDismissed(me, "ex-1", Criterion.TONE, "frankly")).isFalse();
    }

    @Test
    void aReadyMarkSuggestsAReviewAfterTheCoolDown() {
        ReadyMark mark = store.readyMarks().markReady(me, "own-letter", "Dear Ms Chen");
        Duration coolDown = Duration.ofHours(store.settings().coolDownHours());

        assertThat(store.readyMarks().find(me, "own-letter")).contains(mark);
        assertThat(mark.reviewDue(fixture.clock.instant().plus(Duration.ofHours(23)), coolDown)).isFalse();
        assertThat(mark.reviewDue(fixture.clock.instant().plus(Duration.ofHours(24)), coolDown)).isTrue();

        fixture.clock.advance(Duration.ofHours(5));
        store.readyMarks().markReady(me, "own-letter", "Dear Ms Chen, again");
        assertThat(store.readyMarks().list(me)).singleElement()
                .satisfies(m -> assertThat(m.markedAt()).isEqualTo(Instant.parse("2026-03-02T14:00:00Z")));

        store.readyMarks().clear(me, "own-letter");
        assertThat(store.readyMarks().find(me, "own-letter")).isEqualTo(Optional.empty());
    }
}
