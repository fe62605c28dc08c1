package com.followupcoach.lessons;

/**
 * One reading screen of a lesson: a {@code ## } heading and the Markdown under it.
 *
 * @param heading  the heading text, without the {@code ## }
 * @param markdown the raw Markdown of the screen (the UI renders it), trimmed
 */
public record Section(String heading, String markdown) {
}
