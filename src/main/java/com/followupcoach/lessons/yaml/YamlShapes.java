package com.followupcoach.lessons.yaml;

import java.util.List;

/**
 * The shapes of the lesson files exactly as written (docs/decisions/0001-lesson-format.md),
 * for Jackson to bind. Everything is nullable and loosely typed (dates, kinds and ids are
 * text) on purpose: the lesson readers check each value themselves, so that a mistake is
 * reported with its line and in words a trainer understands, never as a Jackson message.
 * Only this package is opened to Jackson.
 */
public final class YamlShapes {

    private YamlShapes() {
    }

    public record CourseFile(String title, String subtitle, SourceEntry source) {
    }

    public record SourceEntry(String title, String author, String note) {
    }

    public record LessonFrontMatter(
            String id, String title, Integer order, String summary, Integer minutes,
            List<String> criteria, List<String> takeaways) {
    }

    public record QuizFile(List<QuestionEntry> questions) {
    }

    public record QuestionEntry(String id, String kind, String prompt, String scenario, List<OptionEntry> options) {
    }

    public record OptionEntry(String text, Boolean correct, String explanation) {
    }

    public record ExercisesFile(List<ExerciseEntry> exercises) {
    }

    public record ExerciseEntry(String id, String title, String brief, List<String> stresses, ScenarioEntry scenario) {
    }

    public record ScenarioEntry(
            String candidate, String company, String role, String interviewer,
            String interviewDate, String rejectionDate, Integer daysSinceRejection,
            String medium, List<String> changes, String background) {
    }

    public record SampleFrontMatter(
            String id, String title, String verdict, String module, ScenarioEntry scenario,
            List<AnnotationEntry> annotations) {
    }

    public record AnnotationEntry(String quote, String criterion, String note) {
    }
}
