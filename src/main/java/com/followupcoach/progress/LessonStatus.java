package com.followupcoach.progress;

/** Where a learner is with a lesson module. */
public enum LessonStatus {
    NEW, IN_PROGRESS, DONE
}
