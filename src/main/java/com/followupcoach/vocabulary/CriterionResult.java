package com.followupcoach.vocabulary;

/**
 * How a letter fares on one criterion.
 *
 * @param message  one line that says what was found and how to fix it
 * @param lessonId the lesson module that teaches this criterion
 */
public record CriterionResult(Criterion criterion, Status status, int points, int max, String message,
                              String lessonId) {
}
