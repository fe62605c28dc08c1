package com.followupcoach.lessons;

/**
 * The course as a whole, from {@code course.yaml}.
 *
 * @param source the article the lessons are drawn from, to be credited in the app
 */
public record Course(String title, String subtitle, SourceCredit source) {
}
