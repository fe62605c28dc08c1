package com.followupcoach.lessons;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** A fresh copy of the two-module fixture for each test, to break one way at a time. */
abstract class BrokenFixtureTest {

    static final String LESSON = "01-first-steps/lesson.md";
    static final String QUIZ = "01-first-steps/quiz.yaml";
    static final String EXERCISES = "01-first-steps/exercises.yaml";
    static final String OTHER_EXERCISES = "02-second-thoughts/exercises.yaml";
    static final String SAMPLE = "samples/good-bakery.md";

    @TempDir
    Path folder;

    FixtureFolder fixture;

    @BeforeEach
    void copyFixture() {
        fixture = FixtureFolder.copyTo(folder);
    }
}
