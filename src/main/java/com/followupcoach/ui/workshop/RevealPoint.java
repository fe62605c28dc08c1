package com.followupcoach.ui.workshop;

import com.followupcoach.vocabulary.Criterion;

/**
 * One point of a letter revealed to the room: the words it is about and what to say.
 *
 * @param start where the words start in the letter (UTF-16, inclusive)
 * @param end   where they end (exclusive)
 */
record RevealPoint(int start, int end, Criterion criterion, String quote, String note) {
}
