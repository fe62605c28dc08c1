package com.followupcoach.lessons;

import com.followupcoach.vocabulary.Criterion;

/**
 * A comment on part of a sample letter.
 *
 * @param quote the text as the file gives it
 * @param start where the quote is in the letter's body (UTF-16 index, inclusive)
 * @param end   where it ends in the body (exclusive); the body text there may differ from
 *              {@code quote} in white space only (a quote may span a line break)
 */
public record Annotation(String quote, Criterion criterion, String note, int start, int end) {
}
