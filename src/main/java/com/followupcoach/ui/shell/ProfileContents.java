package com.followupcoach.ui.shell;

/** What a profile holds: what deleting it would lose, counted for the confirmation. */
public record ProfileContents(int lessonsStarted, int quizzesTaken, int lettersSubmitted, int drafts) {
}
