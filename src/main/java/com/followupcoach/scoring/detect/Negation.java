package com.followupcoach.scoring.detect;

import com.followupcoach.scoring.rubric.Settings;
import com.followupcoach.scoring.text.LetterText;
import com.followupcoach.scoring.text.Span;
import java.util.List;

/**
 * Decides whether a match is negated: "I don't need any feedback", "I'm not interested in
 * other positions", "you needn't keep my details". A negating word counts when it stands a
 * few words before the match in the same clause: a comma, semicolon, colon, bracket, dash
 * or a word such as "but" ends its reach. "Don't hesitate to", "not only" and "can't thank
 * you enough" are not negations of what follows (the rubric's {@code notBefore} list).
 */
public final class Negation {

    private final Settings.Negation settings;

    public Negation(Settings.Negation settings) {
        this.settings = settings;
    }

    public boolean isNegated(LetterText text, int matchStart) {
        int sentence = text.sentenceAt(matchStart);
        int floor = sentence >= 0 ? text.sentences().get(sentence).start()
                : text.lines().get(text.lineAt(matchStart)).start();
        List<Span> words = text.words();
        String lower = text.lower();
        int index = text.wordIndexFrom(matchStart) - 1;
        int rightEdge = matchStart;
        for (int steps = 0; index >= 0 && steps < settings.window(); steps++, index--) {
            Span w = words.get(index);
            if (w.start() < floor || breaksClause(lower, w.end(), rightEdge)) {
                return false;
            }
            String word = lower.substring(w.start(), w.end());
            if (settings.clauseBreaks().contains(word)) {
                return false;
            }
            if (isNegator(word) && !undone(text, index + 1, matchStart)) {
                return true;
            }
            rightEdge = w.start();
        }
        return false;
    }

    private boolean isNegator(String word) {
        return settings.words().contains(word) || word.endsWith("n't");
    }

    /** "Don't hesitate", "not only": the word after the negation undoes it. */
    private boolean undone(LetterText text, int nextWord, int matchStart) {
        if (nextWord >= text.words().size()) {
            return false;
        }
        Span next = text.words().get(nextWord);
        String word = text.lower().substring(next.start(), next.end());
        return settings.notBefore().contains(word) && next.start() <= matchStart + 40;
    }

    private static boolean breaksClause(String text, int from, int to) {
        for (int i = from; i < to && i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',' || c == ';' || c == ':' || c == '(' || c == ')' || c == '\n'
                    || (c == '-' && i > from && text.charAt(i - 1) == ' ')) {
                return true;
            }
        }
        return false;
    }
}
