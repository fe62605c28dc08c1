package com.followupcoach.lessons;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.followupcoach.files.Problem;
import com.followupcoach.vocabulary.Medium;
import com.followupcoach.vocabulary.Scenario;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class QuestionTest {

    static Option right(String text) {
        return new Option(text, true, "yes");
    }

    static Option wrong(String text) {
        return new Option(text, false, "no");
    }

    final Question single = new Question("q1", QuestionKind.SINGLE, "?", Optional.empty(),
            List.of(wrong("a"), right("b"), wrong("c")));
    final Question multiple = new Question("q2", QuestionKind.MULTIPLE, "?", Optional.empty(),
            List.of(right("a"), wrong("b"), right("c")));

    @Test
    void singleIsRightOnlyWithTheCorrectOption() {
        assertThat(single.grade(Set.of(1))).isEqualTo(new Grade(true, List.of(), List.of()));
        assertThat(single.grade(Set.of(0))).isEqualTo(new Grade(false, List.of(1), List.of(0)));
        assertThat(single.grade(Set.of())).isEqualTo(new Grade(false, List.of(1), List.of()));
    }

    @Test
    void multipleNeedsAllCorrectOptionsAndNoWrongOne() {
        assertThat(multiple.grade(Set.of(0, 2)).correct()).isTrue();
        assertThat(multiple.grade(Set.of(0))).isEqualTo(new Grade(false, List.of(2), List.of()));
        assertThat(multiple.grade(Set.of(0, 1, 2))).isEqualTo(new Grade(false, List.of(), List.of(1)));
        assertThat(multiple.correctOptions()).containsExactly(0, 2);
    }

    @Test
    void anIndexThatIsNotAnOptionIsAProgrammingError() {
        assertThatThrownBy(() -> single.grade(Set.of(3))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> single.grade(Set.of(-1))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void scenarioBecomesTheScoringEnginesScenario() {
        ExerciseScenario scenario = new ExerciseScenario("Sam", "Crumb Bakery", "Counter Assistant", "Ms Lee",
                LocalDate.of(2025, 3, 3), LocalDate.of(2025, 3, 10), 3, Medium.PAPER, List.of("Hygiene course"), "...");
        assertThat(scenario.toScoringScenario()).isEqualTo(new Scenario(Optional.of("Crumb Bakery"),
                Optional.of("Counter Assistant"), Optional.of("Ms Lee"), Optional.of(3), Optional.of(Medium.PAPER),
                List.of("Hygiene course")));
    }

    @Test
    void problemPrintsAsFileLineMessage() {
        assertThat(new Problem("02-timing/quiz.yaml", 14, "option 3 has no explanation"))
                .hasToString("02-timing/quiz.yaml:14: option 3 has no explanation");
    }
}
