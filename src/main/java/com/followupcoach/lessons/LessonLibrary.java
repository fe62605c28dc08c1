package com.followupcoach.lessons;

import com.followupcoach.files.Problem;
import java.util.List;
import java.util.Optional;

/**
 * All the lessons the app shows, merged from the built-in lessons and any trainer folders,
 * with what went wrong in each folder. Built by {@link LessonLoader}.
 *
 * @param course  from the last folder that has a valid course.yaml; empty if none has
 * @param modules sorted by order, then id
 * @param samples sorted by id; each one's module is in {@code modules}
 * @param reports one a folder, in loading order
 */
public record LessonLibrary(Optional<Course> course, List<LessonModule> modules, List<SampleLetter> samples,
        List<RootReport> reports) {

    public LessonLibrary {
        modules = List.copyOf(modules);
        samples = List.copyOf(samples);
        reports = List.copyOf(reports);
    }

    public Optional<LessonModule> module(String id) {
        return modules.stream().filter(m -> m.id().equals(id)).findFirst();
    }

    /** Every exercise, in module order. */
    public List<Exercise> exercises() {
        return modules.stream().flatMap(m -> m.exercises().stream()).toList();
    }

    public Optional<Exercise> exercise(String id) {
        return exercises().stream().filter(e -> e.id().equals(id)).findFirst();
    }

    /** The module an exercise belongs to. */
    public Optional<LessonModule> moduleOf(Exercise exercise) {
        return modules.stream().filter(m -> m.exercises().contains(exercise)).findFirst();
    }

    public Optional<SampleLetter> sample(String id) {
        return samples.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    public List<SampleLetter> samplesFor(String moduleId) {
        return samples.stream().filter(s -> s.moduleId().equals(moduleId)).toList();
    }

    /** Every problem in every folder; each file name is relative to its own folder (see {@link #reports}). */
    public List<Problem> problems() {
        return reports.stream().flatMap(r -> r.problems().stream()).toList();
    }

    public List<Skipped> skipped() {
        return reports.stream().flatMap(r -> r.skipped().stream()).toList();
    }

    public boolean hasProblems() {
        return reports.stream().anyMatch(r -> !r.problems().isEmpty());
    }
}
