package com.followupcoach.app;

import com.followupcoach.lessons.LessonModule;
import com.followupcoach.ui.practice.LessonLinks;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Practice's "Lesson: …" links, resolved against the loaded course and opened by the shell. */
final class CourseLessonLinks implements LessonLinks {

    private final List<LessonModule> modules;
    private final Consumer<String> opener;

    CourseLessonLinks(List<LessonModule> modules, Consumer<String> opener) {
        this.modules = List.copyOf(modules);
        this.opener = opener;
    }

    @Override
    public Optional<String> title(String lessonId) {
        return modules.stream().filter(m -> m.id().equals(lessonId)).findFirst().map(LessonModule::title);
    }

    @Override
    public void open(String lessonId) {
        if (title(lessonId).isPresent()) {
            opener.accept(lessonId);
        }
    }
}
