package com.followupcoach.lessons;

/**
 * One answer to a quiz question.
 *
 * @param explanation why it is right or wrong, shown after answering
 */
public record Option(String text, boolean correct, String explanation) {
}
