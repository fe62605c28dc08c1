package com.followupcoach.lessons;

/**
 * Something wrong in a lesson file.
 *
 * @param file    path relative to the lesson folder, with {@code /} ("02-timing/quiz.yaml")
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
