package com.followupcoach.lessons;

/** The credit to the article the lessons are written from. */
public record SourceCredit(String title, String author, String note) {
}
