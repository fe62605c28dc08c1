package com.followupcoach.ui.practice;

import com.followupcoach.lessons.Exercise;
import com.followupcoach.lessons.ExerciseScenario;
import com.followupcoach.lessons.LessonModule;
import com.followupcoach.ui.common.Messages;
import com.followupcoach.vocabulary.Medium;
import com.followupcoach.vocabulary.Scenario;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;

/** Turns the lessons' exercises into Practice tasks, with the scenario as card lines. */
public final class WritingTasks {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM);

    private WritingTasks() {
    }

    public static List<WritingTask> of(List<LessonModule> modules) {
        List<WritingTask> tasks = new ArrayList<>();
        for (LessonModule module : modules) {
            for (Exercise exercise : module.exercises()) {
                tasks.add(of(module, exercise));
            }
        }
        return tasks;
    }

    static WritingTask of(LessonModule module, Exercise exercise) {
        String title = titleOf(module, exercise);
        return exercise.scenario()
                .map(s -> new WritingTask(exercise.id(), title, exercise.brief().strip(), facts(s), s.toScoringScenario()))
                .orElseGet(() -> new WritingTask(exercise.id(), title, exercise.brief().strip(), List.of(), Scenario.NONE));
    }

    /** "Module: exercise", unless the module's title already ends a sentence ("Why reply?"). */
    static String titleOf(LessonModule module, Exercise exercise) {
        String lead = module.title().strip();
        boolean endsSentence = !lead.isEmpty() && "?!.".indexOf(lead.charAt(lead.length() - 1)) >= 0;
        return endsSentence ? lead + " " + exercise.title() : lead + ": " + exercise.title();
    }

    private static List<WritingTask.ScenarioFact> facts(ExerciseScenario s) {
        List<WritingTask.ScenarioFact> facts = new ArrayList<>();
        facts.add(fact("scenario.candidate", s.candidate()));
        facts.add(fact("scenario.company", s.company()));
        facts.add(fact("scenario.role", s.role()));
        facts.add(fact("scenario.interviewer", s.interviewer()));
        facts.add(fact("scenario.dates", Messages.format("scenario.dates.value",
                DATE.format(s.interviewDate()), DATE.format(s.rejectionDate()))));
        facts.add(fact("scenario.writing", s.daysSinceRejection() == 0
                ? Messages.get("scenario.writing.sameDay")
                : Messages.format("scenario.writing.days", s.daysSinceRejection())));
        facts.add(fact("scenario.medium", Messages.get(s.medium() == Medium.PAPER ? "scenario.medium.paper" : "scenario.medium.email")));
        if (!s.changes().isEmpty()) {
            facts.add(fact("scenario.changes", String.join("; ", s.changes())));
        }
        if (!s.background().isBlank()) {
            facts.add(fact("scenario.background", s.background().strip()));
        }
        return facts;
    }

    private static WritingTask.ScenarioFact fact(String key, String value) {
        return new WritingTask.ScenarioFact(Messages.get(key), value);
    }
}
