/**
 * The lessons: the model (immutable records) and the loader that reads lesson folders
 * (docs/decisions/0001-lesson-format.md), validates them with {@code FILE:LINE: message}
 * problems and merges the built-in lessons with a trainer's own. No JavaFX here, ever.
 * Entry point: {@link com.followupcoach.lessons.LessonLoader}.
 */
package com.followupcoach.lessons;
