package com.followupcoach.scoring.detect;

import com.followupcoach.scoring.text.Span;

/**
 * One match of a token pattern in a letter: its highlighted text, and where each of the
 * pattern's parts ({@code {name: ... }}) lies, {@code null} for a part that took no part, so a
 * suggestion can carry the writer's own words.
 */
record TokenHit(Span highlight, Span[] parts) {
}
