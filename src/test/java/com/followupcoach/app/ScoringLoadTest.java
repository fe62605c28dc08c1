package com.followupcoach.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.followupcoach.scoring.rubric.TrainerRubric;
import com.followupcoach.vocabulary.Scenario;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The engine is built after the first page, unless a page that needs it asks first. */
class ScoringLoadTest {

    private static final String LETTER = "Dear Ms Lee,\n\nThank you for the interview.\n\nBest,\nSam";

    @TempDir
    Path lessons;

    @Test
    void nothingIsBuiltUntilStartedOrAskedFor() {
        ScoringLoad load = new ScoringLoad(List.of(lessons));

        assertThat(load.loaded()).isNotDone();
    }

    @Test
    void aPageThatAsksFirstStartsTheBuildAndGetsAWorkingEngine() {
        ScoringLoad load = new ScoringLoad(List.of(lessons));

        ScoringLoad.Scoring scoring = load.get();

        assertThat(load.loaded()).isCompleted();
        assertThat(scoring.warning()).isEmpty();
        assertThat(scoring.engine().score(LETTER, Scenario.NONE).words()).isEqualTo(10);
    }

    @Test
    void aPageOpenedWhileTheBuildWaitsForTheFirstFrameEndsTheWait() {
        ScoringLoad load = new ScoringLoad(List.of(lessons));
        load.startAfter(Duration.ofDays(1));

        ScoringLoad.Scoring scoring = load.get();

        assertThat(scoring.engine().score(LETTER, Scenario.NONE).words()).isEqualTo(10);
    }

    @Test
    void aBrokenRubricInTheLessonFolderComesBackAsOneLineWithTheBuiltInEngine() throws Exception {
        TrainerRubric.writeInto(lessons, text -> text.replace("\ncriteria:", "\ncriterias:"));
        ScoringLoad load = new ScoringLoad(List.of(lessons));

        load.start();
        ScoringLoad.Scoring scoring = load.loaded().join();

        assertThat(scoring.warning()).hasValueSatisfying(line -> assertThat(line)
                .contains("scored with the built-in rubric").contains("criterias").doesNotContain("\n"));
        assertThat(scoring.engine().rubric().criteria()).isNotEmpty();
    }
}
