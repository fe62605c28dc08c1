package com.followupcoach.ui.practice;

import java.util.Optional;

/** Lets a finding point to the lesson that teaches its criterion; the app opens it. */
public interface LessonLinks {

    LessonLinks NONE = new LessonLinks() {
        @Override
        public Optional<String> title(String lessonId) {
            return Optional.empty();
        }

        @Override
        public void open(String lessonId) {
        }
    };

    /** The lesson's title, if the course has a lesson with this id. */
    Optional<String> title(String lessonId);

    void open(String lessonId);
}
