package com.followupcoach.vocabulary;

/** Flesch reading ease (higher is easier) and Flesch–Kincaid grade level. */
public record Readability(double fleschReadingEase, double fleschKincaidGrade) {
}
