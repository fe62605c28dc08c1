package com.followupcoach.progress;

import java.time.Instant;

/** A learner on this computer; all progress belongs to one profile. */
public record Profile(long id, String name, Instant createdAt) {
}
