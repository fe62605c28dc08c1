package com.followupcoach.lessons;

/**
 * One reading screen of a lesson: a {@code ## } heading and the Markdown under it.
 *
 * @param heading  the heading text, without the {@code ## }
 * @param markdown the raw Markdown of the screen (the UI renders it), trimmed, without its notes
 * @param notes    the trainer's presenter notes for this screen as a slide ({@code ::: notes}
 *                 blocks), trimmed; empty when it has none. Learners never see them.
 */
public record Section(String heading, String markdown, String notes) {

    public Section(String heading, String markdown) {
        this(heading, markdown, "");
    }
}
