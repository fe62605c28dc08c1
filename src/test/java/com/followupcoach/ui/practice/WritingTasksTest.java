package com.followupcoach.ui.practice;

import static org.assertj.core.api.Assertions.assertThat;

import com.followupcoach.lessons.BuiltInLessons;
import com.followupcoach.lessons.LessonLoader;
import com.followupcoach.lessons.LessonModule;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The exercise picker's titles, as the built-in lessons make them. */
class WritingTasksTest {

    private static final List<LessonModule> MODULES =
            LessonLoader.load(List.of(BuiltInLessons.root().orElseThrow())).modules();

    @Test
    void everyTaskIsTitledByItsModuleAndExerciseWithoutDoubledPunctuation() {
        List<WritingTask> tasks = WritingTasks.of(MODULES);

        assertThat(tasks).isNotEmpty();
        assertThat(tasks).extracting(WritingTask::title).allSatisfy(title ->
                assertThat(title).doesNotContainPattern("[?!.]:").doesNotContain("::"));
    }

    @Test
    void aModuleTitledAsAQuestionLeadsItsExerciseWithoutAColon() {
        LessonModule question = MODULES.stream().filter(m -> m.title().strip().endsWith("?")).findFirst().orElseThrow();
        LessonModule statement = MODULES.stream().filter(m -> m.title().strip().matches(".*\\w$")).findFirst().orElseThrow();

        assertThat(WritingTasks.titleOf(question, question.exercises().get(0)))
                .isEqualTo(question.title().strip() + " " + question.exercises().get(0).title());
        assertThat(WritingTasks.titleOf(statement, statement.exercises().get(0)))
                .isEqualTo(statement.title().strip() + ": " + statement.exercises().get(0).title());
    }
}
