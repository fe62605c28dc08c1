package com.followupcoach.ui.workshop;

/**
 * One projected slide: a lesson screen, or part of a long one.
 *
 * @param part  1 for the first (or only) slide of a screen
 * @param parts how many slides the screen was split into
 * @param notes the trainer's presenter notes for the screen; empty when none
 */
record Slide(String heading, String markdown, String notes, int part, int parts) {
}
