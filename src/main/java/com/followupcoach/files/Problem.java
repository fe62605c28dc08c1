package com.followupcoach.files;

/**
 * Something wrong in a file a trainer wrote: a lesson file, the rubric, a rule file or a
 * lexicon. Lessons and rubric report through this one type, so {@code lessons check} and the
 * app's notices print both the same way.
 *
 * @param file    path relative to the lesson folder, with {@code /} ("02-timing/quiz.yaml",
 *                "rules/tone.yaml")
 * @param line    1-based line in that file; 0 when no line applies
 * @param message one sentence for the trainer who wrote the file
 */
public record Problem(String file, int line, String message) {

    /** {@code FILE:LINE: message}, the form editors and the command line understand. */
    @Override
    public String toString() {
        return file + ":" + line + ": " + message;
    }
}
