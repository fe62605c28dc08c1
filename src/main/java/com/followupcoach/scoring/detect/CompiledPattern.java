package com.followupcoach.scoring.detect;

import com.followupcoach.scoring.rubric.Rule;
import com.followupcoach.scoring.text.LetterText;
import com.followupcoach.scoring.text.Span;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A rule pattern ready to run fast: its literal leads found once (see {@link LiteralLeads}). */
final class CompiledPattern {

    private final Pattern pattern;
    private final String[] leads;
    private final boolean hasSpanGroup;
    private final Optional<String> suggestion;
    private final boolean wordStart;

    /** A match: the reported span and the suggestion filled in for it. */
    record Hit(Span span, Optional<String> suggestion) {
    }

    CompiledPattern(Pattern pattern) {
        this(pattern, Optional.empty());
    }

    CompiledPattern(Pattern pattern, Optional<String> suggestion) {
        this.pattern = pattern;
        this.suggestion = suggestion;
        this.leads = LiteralLeads.of(pattern.pattern());
        this.wordStart = leads != null && pattern.pattern().startsWith("\\b")
                && Arrays.stream(leads).allMatch(l -> Character.isLetterOrDigit(l.charAt(0)));
        this.hasSpanGroup = pattern.pattern().contains("(?<" + Rule.SPAN_GROUP + ">");
    }

    Pattern pattern() {
        return pattern;
    }

    boolean hasSpanGroup() {
        return hasSpanGroup;
    }

    String[] leads() {
        return leads;
    }

    /**
     * Whether every match starts a word: the pattern opens with {@code \b} and each lead
     * with a letter or digit, so a lead inside a word ("i" in "within") cannot start one.
     */
    boolean wordStart() {
        return wordStart;
    }

    /**
     * Adds each non-empty match (the {@code span} group when the pattern has one).
     *
     * @param starts where this pattern's leads occur (from {@link LeadIndex}); ignored when
     *               the pattern has no leads
     */
    void findAll(LetterText text, int[] starts, List<Hit> out) {
        if (leads != null && starts.length == 0) {
            return; // no lead in the letter: nothing to try, not even a matcher to make
        }
        Matcher m = pattern.matcher(text.norm());
        m.useTransparentBounds(true);
        m.useAnchoringBounds(false);
        if (leads == null) {
            while (m.find()) {
                add(m, text, out);
            }
            return;
        }
        int next = 0;
        for (int pos : starts) {
            if (pos < next) {
                continue;
            }
            m.region(pos, text.length());
            if (m.lookingAt()) {
                add(m, text, out);
                next = Math.max(m.end(), pos + 1);
            }
        }
    }

    private void add(Matcher m, LetterText text, List<Hit> out) {
        int start = hasSpanGroup ? m.start(Rule.SPAN_GROUP) : m.start();
        int end = hasSpanGroup ? m.end(Rule.SPAN_GROUP) : m.end();
        if (start >= 0 && end > start) {
            out.add(new Hit(new Span(start, end), Suggestions.fill(suggestion, m, text.norm().substring(start, end))));
        }
    }
}
