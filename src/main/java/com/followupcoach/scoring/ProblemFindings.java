package com.followupcoach.scoring;

import com.followupcoach.scoring.detect.RuleMatch;
import com.followupcoach.scoring.text.LetterText;
import com.followupcoach.scoring.text.Span;
import com.followupcoach.vocabulary.Criterion;
import com.followupcoach.vocabulary.Finding;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Turns the matches of problem rules into findings. Most are reported on the words they
 * matched. A rule with {@code scope: sentence} judges the sentence as a whole: a sentence
 * that belittles the reader, the process or the person hired hurts with every word, so it
 * becomes one finding over the whole sentence, and the other matches of the same criterion
 * in it are folded into that finding rather than underlined inside it.
 *
 * <p>The sentence's suggestion is, in this order: the first whole-sentence suggestion of a
 * sentence-scope rule (one that ends like a sentence, "Thank you for letting me know.", in
 * place of words that did not); removing it, when any match in it has no calmer wording (nothing in it can be
 * saved); otherwise the sentence itself with every match replaced by its own suggestion,
 * which keeps the writer's other words ("Thank you so much for letting me know.").
 */
final class ProblemFindings {

    private static final Pattern WHOLE_SENTENCE = Pattern.compile("(?s)\\p{L}.*[.!?][\"')\\]]*");
    private static final Pattern SPACES = Pattern.compile(" {2,}");
    private static final Pattern I_FIRST = Pattern.compile("I(?:'|\\b)");
    private static final Pattern ENDS_SENTENCE = Pattern.compile("[.!?][\"')\\]\u201d\u2019]*$");

    private ProblemFindings() {
    }

    /**
     * The findings of the problem rules' matches. The greeting is passed because a one-line letter ("Dear Ms
     * Lee, Thanks a lot for wasting my time.") makes the greeting part of its first sentence, and
     * a whole-sentence finding (and so the span its suggestion replaces) must not take it in.
     */
    static List<Finding> of(LetterText text, List<RuleMatch> problems, Optional<Span> greeting) {
        Map<SentenceKey, List<RuleMatch>> judgedWhole = new LinkedHashMap<>();
        for (RuleMatch m : problems) {
            if (m.rule().wholeSentence() && m.sentence() >= 0) {
                judgedWhole.put(new SentenceKey(m.sentence(), m.rule().criterion()), new ArrayList<>());
            }
        }
        List<Finding> out = new ArrayList<>(problems.size());
        for (RuleMatch m : problems) {
            List<RuleMatch> sentence = judgedWhole.get(new SentenceKey(m.sentence(), m.rule().criterion()));
            if (sentence != null) {
                sentence.add(m);
            } else {
                out.add(new Finding(m.span().start(), m.span().end(), m.rule().criterion(), m.rule().severity(),
                        m.rule().message(), m.suggestion()));
            }
        }
        Said said = new Said();
        judgedWhole.forEach((key, matches) -> out.add(sentenceFinding(text, said, key, matches, greeting)));
        return out;
    }

    private static Finding sentenceFinding(LetterText text, Said said, SentenceKey key,
                                           List<RuleMatch> matches, Optional<Span> greeting) {
        matches.sort(Comparator.comparingInt((RuleMatch m) -> m.span().start()));
        Span sentence = withoutGreeting(text, text.sentences().get(key.sentence()), greeting);
        int start = sentence.start();
        int end = sentence.end();
        for (RuleMatch m : matches) { // a pattern may reach past the sentence's end mark
            start = Math.min(start, m.span().start());
            end = Math.max(end, m.span().end());
        }
        RuleMatch lead = matches.stream().filter(m -> m.rule().wholeSentence()).findFirst().orElseThrow();
        RuleMatch worst = matches.stream().min(Comparator.comparing(m -> m.rule().severity())).orElseThrow();
        String original = text.original().substring(start, end);
        String suggestion = suggestion(original, start, matches);
        if (saysAgain(text, said, key.sentence(), suggestion, greeting)) {
            suggestion = Finding.REMOVE; // the calm sentence is already in the letter: say it once
        } else if (sentence.start() > text.sentences().get(key.sentence()).start()) {
            suggestion = likeTheWriter(suggestion, original);
        }
        return new Finding(start, end, key.criterion(), worst.rule().severity(), lead.rule().message(),
                Optional.of(suggestion));
    }

    /** True when another sentence of the letter already says exactly this. */
    private static boolean saysAgain(LetterText text, Said said, int sentence, String suggestion,
                                     Optional<Span> greeting) {
        String wanted = comparable(suggestion);
        if (wanted.isEmpty()) {
            return false;
        }
        if (said.sentences == null) { // filled once per letter, on the first whole-sentence finding
            said.sentences = new String[text.sentences().size()];
            for (int i = 0; i < said.sentences.length; i++) {
                said.sentences[i] = comparable(text.text(withoutGreeting(text, text.sentences().get(i), greeting)));
                said.counts.merge(said.sentences[i], 1, Integer::sum);
            }
        }
        int own = said.sentences[sentence].equals(wanted) ? 1 : 0;
        return said.counts.getOrDefault(wanted, 0) > own;
    }

    /**
     * The sentence less the greeting it starts with, when the greeting shares its line and is
     * closed by a mark ("Dear Ms Lee, Thanks a lot…": from "Thanks"). A greeting the splitter
     * could not close ("Hi Tom thanks a lot…" gives only "Hi") stays, since cutting after it
     * would leave the reader's name at the head of the sentence.
     */
    private static Span withoutGreeting(LetterText text, Span sentence, Optional<Span> greeting) {
        if (greeting.isEmpty()) {
            return sentence;
        }
        Span g = greeting.get();
        if (g.end() <= sentence.start() || g.start() >= sentence.end() || g.end() >= sentence.end()) {
            return sentence;
        }
        String norm = text.norm();
        if (",:;!-".indexOf(norm.charAt(g.end() - 1)) < 0) {
            return sentence;
        }
        int from = g.end();
        while (from < sentence.end() && Character.isWhitespace(norm.charAt(from))) {
            from++;
        }
        boolean rest = false;
        for (int i = from; i < sentence.end() && !rest; i++) {
            rest = Character.isLetterOrDigit(norm.charAt(i));
        }
        return rest ? new Span(from, sentence.end()) : sentence;
    }

    /**
     * After a greeting on the same line, the writer chose whether the sentence opens in capitals
     * ("Hi Tom, thank you…"); the replacement follows that choice, but "I" stays a capital.
     */
    private static String likeTheWriter(String suggestion, String original) {
        if (suggestion.isEmpty() || original.isEmpty() || !Character.isLowerCase(original.charAt(0))
                || I_FIRST.matcher(suggestion).lookingAt()) {
            return suggestion;
        }
        return Character.toLowerCase(suggestion.charAt(0)) + suggestion.substring(1);
    }

    /** A sentence as compared for repeats: lower case, words only, one space between them. */
    private static String comparable(String sentence) {
        StringBuilder out = new StringBuilder(sentence.length());
        boolean gap = false;
        for (int i = 0; i < sentence.length(); i++) {
            char c = sentence.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (gap && out.length() > 0) {
                    out.append(' ');
                }
                out.append(Character.toLowerCase(c));
                gap = false;
            } else {
                gap = true;
            }
        }
        return out.toString();
    }

    private static String suggestion(String sentence, int offset, List<RuleMatch> matches) {
        for (RuleMatch m : matches) {
            String s = m.suggestion().orElse("");
            String matched = sentence.substring(m.span().start() - offset, m.span().end() - offset);
            // "thanks for the feedback." in place of 'thanks for the "feedback."' ends a sentence
            // because the words it replaces did: that is a local rewrite, not a whole sentence
            if (m.rule().wholeSentence() && WHOLE_SENTENCE.matcher(s).matches()
                    && !ENDS_SENTENCE.matcher(matched).find()) {
                return Character.toUpperCase(s.charAt(0)) + s.substring(1);
            }
        }
        if (matches.stream().anyMatch(m -> m.suggestion().isEmpty())) {
            return Finding.REMOVE;
        }
        StringBuilder out = new StringBuilder(sentence.length() + 16);
        int at = 0;
        for (RuleMatch m : matches) {
            int from = m.span().start() - offset;
            if (from < at) {
                continue; // overlaps the match before it, which already rewrote these words
            }
            out.append(sentence, at, from).append(m.suggestion().get());
            at = m.span().end() - offset;
        }
        out.append(sentence, at, sentence.length());
        String spliced = SPACES.matcher(out).replaceAll(" ").replace(" ,", ",").replace(" .", ".").trim();
        return spliced.isEmpty() ? Finding.REMOVE : Character.toUpperCase(spliced.charAt(0)) + spliced.substring(1);
    }

    private record SentenceKey(int sentence, Criterion criterion) {
    }

    /** The letter's sentences as compared for repeats, worked out once and only when needed. */
    private static final class Said {
        private String[] sentences;
        private final Map<String, Integer> counts = new HashMap<>();
    }
}
