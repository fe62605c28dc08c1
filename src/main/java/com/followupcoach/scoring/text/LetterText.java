package com.followupcoach.scoring.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A letter taken apart once, so that every detector shares the work: the normalised copy
 * rules match against, its lower-case twin for fast literal look-ups, lines, paragraphs,
 * sentences and words. All offsets are offsets into the original input.
 */
public final class LetterText {

    private final String original;
    private final String norm;
    private final String lower;
    private final List<Span> lines;
    private final List<Span> paragraphs;
    private final List<Span> sentences;
    private final List<Span> words;
    private final int[] sentenceStarts;
    private final int[] wordStarts;
    private final Language language;
    private TokenizedText tokens;

    /** A letter read with {@link Language#PLAIN} (tests of the text layer alone). */
    public LetterText(String original, SentenceSplitter splitter) {
        this(original, splitter, Language.PLAIN);
    }

    /** @param language the rubric's negation words, spelling map and irony markers, for the tokens */
    public LetterText(String original, SentenceSplitter splitter, Language language) {
        this(new Prepared(original, false), splitter, language);
    }

    /**
     * The letter from the part of its reading that needs no rubric, done before (perhaps on
     * another thread while the rubric loads): the same letter as read from its text.
     */
    public LetterText(Prepared prepared, SentenceSplitter splitter, Language language) {
        this.original = prepared.original;
        this.language = language;
        this.norm = prepared.norm;
        this.lower = prepared.lower;
        this.lines = prepared.lines;
        this.paragraphs = prepared.paragraphs;
        this.sentences = List.copyOf(splitter.split(norm, lines));
        this.words = prepared.words;
        this.sentenceStarts = sentences.stream().mapToInt(Span::start).toArray();
        this.wordStarts = prepared.wordStarts;
        this.tokenBounds = prepared.tokenBounds;
    }

    /** Where the tokens lie, from {@link Prepared} (null: found with the tokens); dropped once the tokens are made. */
    private int[][] tokenBounds;

    /**
     * What a letter's reading needs no rubric for: the normalised text and its lower-case twin,
     * lines, paragraphs, words and where the tokens lie. On a megabyte this is a few hundred
     * milliseconds of a cold start, which {@code score} spends while the rubric loads.
     */
    public static final class Prepared {
        private final String original;
        private final String norm;
        private final String lower;
        private final List<Span> lines;
        private final List<Span> paragraphs;
        private final List<Span> words;
        private final int[] wordStarts;
        private final int[][] tokenBounds;

        /** @param scan whether to find where the tokens lie now, rather than when the tokens are first asked for */
        private Prepared(String original, boolean scan) {
            this.original = original;
            this.norm = QuotedReply.blank(Normalizer.normalize(original));
            this.lower = Normalizer.lowerCase(norm);
            this.lines = splitLines(norm);
            this.paragraphs = groupParagraphs(norm, lines);
            this.words = List.copyOf(Words.of(norm, 0, norm.length()));
            this.wordStarts = words.stream().mapToInt(Span::start).toArray();
            this.tokenBounds = scan ? TokenScanner.scan(norm) : null;
        }

        public String original() {
            return original;
        }
    }

    /** The rubric-free part of reading {@code original} (null is taken as empty), where the tokens lie included. */
    public static Prepared prepare(String original) {
        return new Prepared(original == null ? "" : original, true);
    }

    public String original() {
        return original;
    }

    /**
     * The copy rules match against: same length and offsets as the original, with an e-mail
     * thread quoted below the letter blanked ({@link QuotedReply}).
     */
    public String norm() {
        return norm;
    }

    public String lower() {
        return lower;
    }

    public int length() {
        return norm.length();
    }

    public List<Span> lines() {
        return lines;
    }

    public List<Span> paragraphs() {
        return paragraphs;
    }

    public List<Span> sentences() {
        return sentences;
    }

    public List<Span> words() {
        return words;
    }

    /**
     * The tokens of the letter, made on first use (a rubric without token rules never pays
     * for them). A long letter is read by two threads at once (ScoringEngine runs the checks
     * that need no tokens beside the rules), but only the rules' thread asks for the tokens, so
     * the lazy field needs no lock; a check run beside the rules must not call this.
     */
    public TokenizedText tokens() {
        if (tokens == null) {
            tokens = TokenizedText.of(norm, tokenBounds == null ? TokenScanner.scan(norm) : tokenBounds, sentences, language);
            tokenBounds = null;
        }
        return tokens;
    }

    /** Index of the sentence containing the offset, or -1 when it falls between sentences. */
    public int sentenceAt(int offset) {
        int i = Arrays.binarySearch(sentenceStarts, offset);
        int index = i >= 0 ? i : -i - 2;
        return index >= 0 && offset < sentences.get(index).end() ? index : -1;
    }

    /** Index of the first word starting at or after the offset (may equal the word count). */
    public int wordIndexFrom(int offset) {
        int i = Arrays.binarySearch(wordStarts, offset);
        return i >= 0 ? i : -i - 1;
    }

    /**
     * The words of {@code norm[from, to)}, as {@link Words#of} finds them there. Where no word
     * of the letter crosses {@code from} or {@code to}, these are the letter's own words in
     * that stretch, found by two binary searches instead of a new pass over the text (a body,
     * a paragraph or a line of a megabyte is asked for several times); otherwise the stretch
     * is split again.
     */
    public List<Span> wordsIn(int from, int to) {
        int first = wordIndexFrom(from);
        int last = wordIndexFrom(to);
        boolean clean = (first == 0 || words.get(first - 1).end() <= from)
                && (last == 0 || words.get(last - 1).end() <= to);
        return clean ? words.subList(first, Math.max(first, last)) : Words.of(norm, from, to);
    }

    public String text(Span span) {
        return norm.substring(span.start(), span.end());
    }

    /** Index of the line containing the offset. */
    public int lineAt(int offset) {
        int lo = 0;
        int hi = lines.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (lines.get(mid).start() <= offset) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    public boolean isBlank(Span line) {
        return SentenceSplitter.firstNonSpace(norm, line.start(), line.end()) < 0;
    }

    private static List<Span> splitLines(String text) {
        List<Span> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                lines.add(new Span(start, i));
                start = i + 1;
            }
        }
        lines.add(new Span(start, text.length()));
        return List.copyOf(lines);
    }

    private static List<Span> groupParagraphs(String text, List<Span> lines) {
        List<Span> paragraphs = new ArrayList<>();
        int start = -1;
        int end = -1;
        for (Span line : lines) {
            boolean blank = SentenceSplitter.firstNonSpace(text, line.start(), line.end()) < 0;
            if (blank) {
                if (start >= 0) {
                    paragraphs.add(new Span(start, end));
                    start = -1;
                }
            } else {
                if (start < 0) {
                    start = line.start();
                }
                end = line.end();
            }
        }
        if (start >= 0) {
            paragraphs.add(new Span(start, end));
        }
        return List.copyOf(paragraphs);
    }
}
