package com.followupcoach.ui.practice;

import com.followupcoach.vocabulary.Finding;
import java.util.Optional;

/**
 * A finding with what the card says around it.
 *
 * @param why         why the finding's criterion matters, in the course's words
 * @param lessonId    the lesson that teaches the criterion, when the course has it
 * @param lessonTitle that lesson's title, for the link
 */
record FindingExplanation(Finding finding, String why, Optional<String> lessonId, Optional<String> lessonTitle) {
}
