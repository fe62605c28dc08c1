package com.followupcoach.ui.shell;

/** A learner on this computer, as the UI knows them. */
public record LearnerProfile(long id, String name) {
}
