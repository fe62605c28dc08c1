package com.followupcoach.scoring.detect;

import com.followupcoach.scoring.text.LetterText;
import com.followupcoach.scoring.text.Span;
import com.followupcoach.scoring.text.SyllableCounter;
import com.followupcoach.scoring.text.Words;
import com.followupcoach.vocabulary.Readability;

/**
 * Flesch reading ease and Flesch–Kincaid grade of the letter's body, with W words (those
 * containing a letter), S sentences (those containing such a word) and Y syllables:
 *
 * <pre>
 *   reading ease = 206.835 - 1.015 * (W / S) - 84.6 * (Y / W)     higher is easier; 60-70 is plain English
 *   grade level  = 0.39 * (W / S) + 11.8 * (Y / W) - 15.59         a US school grade
 * </pre>
 *
 * A body without words gets 0 for both. Values are rounded to one decimal.
 */
public final class ReadabilityMeter {

    private ReadabilityMeter() {
    }

    /**
     * The body's words (tokens containing a letter) per sentence (those holding such a word);
     * 0 for a body without words.
     */
    public static double wordsPerSentence(LetterText text, Span body) {
        Counts counts = count(text, body, false);
        return counts.words() == 0 ? 0 : counts.wordsPerSentence();
    }

    public static Readability measure(LetterText text, Span body) {
        Counts counts = count(text, body, true);
        if (counts.words() == 0) {
            return new Readability(0, 0);
        }
        double wordsPerSentence = counts.wordsPerSentence();
        double syllablesPerWord = (double) counts.syllables() / counts.words();
        double ease = 206.835 - 1.015 * wordsPerSentence - 84.6 * syllablesPerWord;
        double grade = 0.39 * wordsPerSentence + 11.8 * syllablesPerWord - 15.59;
        return new Readability(round(ease), round(grade));
    }

    private record Counts(int words, int sentences, int syllables) {
        double wordsPerSentence() {
            return (double) words / sentences;
        }
    }

    /** One pass over the body's sentences; syllables only when asked, as they cost the most. */
    private static Counts count(LetterText text, Span body, boolean withSyllables) {
        String norm = text.norm();
        int words = 0;
        int syllables = 0;
        int sentences = 0;
        for (Span s : text.sentences()) {
            if (s.end() <= body.start() || s.start() >= body.end()) {
                continue;
            }
            int inSentence = 0;
            for (Span w : text.wordsIn(Math.max(s.start(), body.start()), Math.min(s.end(), body.end()))) {
                if (Words.hasLetter(norm, w)) {
                    inSentence++;
                    if (withSyllables) {
                        syllables += SyllableCounter.count(norm, w.start(), w.end());
                    }
                }
            }
            if (inSentence > 0) {
                sentences++;
                words += inSentence;
            }
        }
        return new Counts(words, sentences, syllables);
    }

    private static double round(double x) {
        return Math.round(x * 10) / 10.0;
    }
}
