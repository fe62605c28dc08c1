package com.followupcoach.scoring.detect;

import com.followupcoach.scoring.text.LetterText;
import com.followupcoach.scoring.text.Span;
import com.followupcoach.scoring.text.Words;
import com.followupcoach.vocabulary.Criterion;
import com.followupcoach.vocabulary.Finding;
import com.followupcoach.vocabulary.Severity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Proofreading checks that need to look at words and sentences rather than match a
 * pattern: a word written twice ("the the"), a sentence starting in lower case, a
 * paragraph without final punctuation, a sentence or paragraph written twice, and the
 * rubric's list of common misspellings
 * (a word list, so British and American spellings are both simply absent from it).
 */
public final class Mechanics {

    private static final int MIN_PARAGRAPH_WORDS = 5;
    private static final int MIN_REPEAT_WORDS = 5;

    private final Map<String, String> misspellings;
    private final Set<String> allowedRepeats;
    private final int shortestMisspelling;
    private final int longestMisspelling;

    public Mechanics(Map<String, String> misspellings, Set<String> allowedRepeats) {
        this.misspellings = misspellings;
        this.allowedRepeats = allowedRepeats;
        this.shortestMisspelling = misspellings.keySet().stream().mapToInt(String::length).min().orElse(0);
        this.longestMisspelling = misspellings.keySet().stream().mapToInt(String::length).max().orElse(0);
    }

    public List<Finding> check(LetterText text, Layout layout) {
        return check(text, layout, withoutLayout(text));
    }

    /**
     * The checks that need no layout (words written twice, misspellings, repeated sentences and
     * paragraphs), so that on a long letter they can run while the rules find the greeting
     * and sign-off; {@link #check(LetterText, Layout, WithoutLayout)} adds the others.
     */
    public WithoutLayout withoutLayout(LetterText text) {
        List<Finding> words = new ArrayList<>();
        repeatedWords(text, words);
        misspellings(text, words);
        List<Finding> repeats = new ArrayList<>();
        repeats(text, repeats);
        return new WithoutLayout(words, repeats);
    }

    /** All the findings, in the order {@link #check(LetterText, Layout)} gives them. */
    public List<Finding> check(LetterText text, Layout layout, WithoutLayout found) {
        List<Finding> out = new ArrayList<>(found.words().size() + found.repeats().size() + 16);
        out.addAll(found.words());
        lowerCaseStarts(text, layout.body(), out);
        unfinishedParagraphs(text, layout.body(), out);
        out.addAll(found.repeats());
        return out;
    }

    /** The findings of the checks that need no layout: words, then repeated sentences and paragraphs. */
    public record WithoutLayout(List<Finding> words, List<Finding> repeats) {
    }

    /**
     * A paragraph or sentence written twice (a paste gone wrong, a draft merged with itself)
     * is flagged once at the repeat; a repeated paragraph is one finding, not one per sentence.
     * Short formulas ("Thank you.", "Best wishes.") may well come twice and are left alone.
     */
    private static void repeats(LetterText text, List<Finding> out) {
        Set<String> seen = new HashSet<>();
        List<Span> repeatedParagraphs = new ArrayList<>();
        for (Span p : text.paragraphs()) {
            String key = key(text, p);
            if (key != null && !seen.add("p " + key)) {
                repeatedParagraphs.add(p);
                out.add(finding(p, Severity.WARNING, "This paragraph repeats an earlier one; remove the repeat.",
                        Optional.empty()));
            }
        }
        int next = 0;
        for (Span s : text.sentences()) {
            while (next < repeatedParagraphs.size() && repeatedParagraphs.get(next).end() <= s.start()) {
                next++;
            }
            if (next < repeatedParagraphs.size() && repeatedParagraphs.get(next).overlaps(s)) {
                continue;
            }
            String key = key(text, s);
            if (key != null && !seen.add("s " + key)) {
                out.add(finding(s, Severity.WARNING, "This sentence repeats an earlier one; remove the repeat.",
                        Optional.empty()));
            }
        }
    }

    /** The words of a stretch, lower case, one space apart; null when it is too short to matter. */
    private static String key(LetterText text, Span span) {
        int from = text.wordIndexFrom(span.start());
        StringBuilder key = new StringBuilder();
        int count = 0;
        for (int i = from; i < text.words().size() && text.words().get(i).end() <= span.end(); i++) {
            Span w = text.words().get(i);
            key.append(text.lower(), w.start(), w.end()).append(' ');
            count++;
        }
        return count >= MIN_REPEAT_WORDS ? key.toString() : null;
    }

    /**
     * "Taylor Taylor" alone on a line is a name in a signature or an address block, not a slip:
     * both words capitalised, longer than one letter ("I I" stays a slip), and nothing else on
     * the line. "The The" inside a sentence is still flagged.
     */
    private static boolean nameOnItsOwnLine(String original, Span a, Span b) {
        if (a.length() < 2 || !Character.isUpperCase(original.charAt(a.start()))
                || !Character.isUpperCase(original.charAt(b.start()))) {
            return false;
        }
        int before = a.start() - 1;
        while (before >= 0 && (original.charAt(before) == ' ' || original.charAt(before) == '\t')) {
            before--;
        }
        int after = b.end();
        while (after < original.length() && (original.charAt(after) == ' ' || original.charAt(after) == '\t')) {
            after++;
        }
        return (before < 0 || original.charAt(before) == '\n')
                && (after == original.length() || original.charAt(after) == '\n' || original.charAt(after) == '\r');
    }

    private void repeatedWords(LetterText text, List<Finding> out) {
        List<Span> words = text.words();
        String lower = text.lower();
        String norm = text.norm();
        String original = text.original();
        // One message and one suggestion per word written twice, shared by its findings. A run of
        // the same word written alike ("I I I I") is one finding over the whole run, not one per
        // pair: it is one slip to fix, and a megabyte of "I I" would otherwise report half a
        // million findings. The last repeat's strings are reused while the same word repeats.
        Map<String, String> messages = new HashMap<>();
        Map<String, Optional<String>> suggestions = new HashMap<>();
        Span last = null;
        boolean lastAllowed = false;
        String lastWord = null;
        String lastMessage = null;
        Optional<String> lastSuggestion = null;
        int runStart = -1;
        int runEnd = -1;
        int runWords = 0;
        int runLastWord = -1;
        for (int i = 1; i < words.size(); i++) {
            Span a = words.get(i - 1);
            Span b = words.get(i);
            if (b.length() != a.length() || !lower.regionMatches(a.start(), lower, b.start(), a.length())
                    || !onlySpaces(norm, a.end(), b.start()) || !Words.hasLetter(norm, a)
                    || nameOnItsOwnLine(original, a, b)) {
                continue;
            }
            boolean same = last != null && last.length() == a.length()
                    && norm.regionMatches(last.start(), norm, a.start(), a.length())
                    && original.regionMatches(last.start(), original, a.start(), a.length());
            boolean alike = original.regionMatches(a.start(), original, b.start(), a.length());
            if (same && alike && runLastWord == i - 1) {
                runEnd = b.end();
                runWords++;
                runLastWord = i;
                continue;
            }
            if (runWords > 0) {
                out.add(runFinding(runStart, runEnd, runWords, lastWord, lastMessage, lastSuggestion));
                runWords = 0;
            }
            if (!same) {
                last = a;
                lastAllowed = allowedRepeats.contains(lower.substring(a.start(), a.end()));
                lastWord = lastAllowed ? null : text.text(a);
                lastMessage = lastAllowed ? null : messages.computeIfAbsent(lastWord, w -> "\"" + w + "\" is written twice.");
                lastSuggestion = lastAllowed ? null : suggestions.computeIfAbsent(original.substring(a.start(), a.end()), Optional::of);
            }
            if (!lastAllowed) {
                runStart = a.start();
                runEnd = b.end();
                runWords = 2;
                // only a word written exactly alike extends the run ("the the The" is two slips)
                runLastWord = alike ? i : -1;
            }
        }
        if (runWords > 0) {
            out.add(runFinding(runStart, runEnd, runWords, lastWord, lastMessage, lastSuggestion));
        }
    }

    private static Finding runFinding(int start, int end, int words, String word, String twiceMessage,
                                      Optional<String> suggestion) {
        String message = words == 2 ? twiceMessage : "\"" + word + "\" is written " + words + " times in a row.";
        return finding(new Span(start, end), Severity.WARNING, message, suggestion);
    }

    private void misspellings(LetterText text, List<Finding> out) {
        if (misspellings.isEmpty()) {
            return;
        }
        for (Span w : text.words()) {
            if (w.length() < shortestMisspelling || w.length() > longestMisspelling) {
                continue; // no look-up (and no string) for a word no misspelling is as long as
            }
            String right = misspellings.get(text.lower().substring(w.start(), w.end()));
            if (right != null) {
                String suggestion = Character.isUpperCase(text.norm().charAt(w.start()))
                        ? Character.toUpperCase(right.charAt(0)) + right.substring(1) : right;
                out.add(finding(w, Severity.WARNING, "Check the spelling: \"" + right + "\".", Optional.of(suggestion)));
            }
        }
    }

    private void lowerCaseStarts(LetterText text, Span body, List<Finding> out) {
        String norm = text.norm();
        for (Span s : text.sentences()) {
            if (s.start() < body.start() || s.start() >= body.end()) {
                continue;
            }
            List<Span> first = text.wordsIn(s.start(), Math.min(s.end(), s.start() + 40));
            if (first.isEmpty() || first.get(0).start() != s.start()) {
                continue;
            }
            Span word = first.get(0);
            String w = norm.substring(word.start(), word.end());
            if (Character.isLowerCase(w.codePointAt(0)) && w.equals(w.toLowerCase(java.util.Locale.ROOT))
                    && afterSentenceEnd(norm, s.start()) && !firstTokenIsAddress(norm, s)) {
                String fixed = w.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + w.substring(1);
                out.add(finding(word, Severity.INFO, "Start the sentence with a capital letter.", Optional.of(fixed)));
            }
        }
    }

    /** An e-mail address or web address opening a line is not a sentence start to capitalise. */
    private static boolean firstTokenIsAddress(String norm, Span sentence) {
        for (int i = sentence.start(); i < sentence.end() && i < sentence.start() + 100; i++) {
            char c = norm.charAt(i);
            if (Character.isWhitespace(c)) {
                return false;
            }
            if (c == '@' || c == '/') {
                return true;
            }
        }
        return false;
    }

    /** Only after ". " or at the start of a paragraph: a line break alone may be a wrap. */
    private static boolean afterSentenceEnd(String norm, int start) {
        int i = start - 1;
        while (i >= 0 && norm.charAt(i) == ' ') {
            i--;
        }
        if (i < 0) {
            return true;
        }
        char c = norm.charAt(i);
        if (c == '\n') {
            int j = i - 1;
            while (j >= 0 && norm.charAt(j) == ' ') {
                j--;
            }
            return j < 0 || norm.charAt(j) == '\n';
        }
        return c == '.' || c == '!' || c == '?';
    }

    private static void unfinishedParagraphs(LetterText text, Span body, List<Finding> out) {
        String norm = text.norm();
        for (Span p : text.paragraphs()) {
            int end = Math.min(p.end(), body.end());
            int start = Math.max(p.start(), body.start());
            if (end <= start) {
                continue;
            }
            List<Span> words = text.wordsIn(start, end);
            if (words.size() < MIN_PARAGRAPH_WORDS) {
                continue;
            }
            Span last = words.get(words.size() - 1);
            if (onlySpaces(norm, last.end(), end) && !norm.substring(start, end).contains("@")) {
                out.add(finding(last, Severity.INFO, "End the paragraph with a full stop.",
                        Optional.of(text.original().substring(last.start(), last.end()) + ".")));
            }
        }
    }

    private static boolean onlySpaces(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.charAt(i) != ' ') {
                return false;
            }
        }
        return from <= to;
    }

    private static Finding finding(Span span, Severity severity, String message, Optional<String> suggestion) {
        return new Finding(span.start(), span.end(), Criterion.MECHANICS, severity, message, suggestion);
    }
}
