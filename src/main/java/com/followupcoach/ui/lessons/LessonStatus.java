package com.followupcoach.ui.lessons;

/** Where a learner stands with a module. */
public enum LessonStatus {
    NEW,
    IN_PROGRESS,
    DONE
}
