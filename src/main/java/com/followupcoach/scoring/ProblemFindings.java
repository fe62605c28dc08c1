package com.followupcoach.scoring;

import com.followupcoach.scoring.detect.RuleMatch;
import com.followupcoach.scoring.text.LetterText;
import com.followupcoach.scoring.text.Span;
import com.followupcoach.vocabulary.Criterion;
import com.followupcoach.vocabulary.Finding;
import java.util.ArrayList;
import java.util.Comparator;
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
    private static final Pattern ENDS_SENTENCE = Pattern.compile("[.!?][\"')\\]\u201d\u2019]*$");

    private ProblemFindings() {
    }

    static List<Finding> of(LetterText text, List<RuleMatch> problems) {
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
        judgedWhole.forEach((key, matches) -> out.add(sentenceFinding(text, key, matches)));
        return out;
    }

    private static Finding sentenceFinding(LetterText text, SentenceKey key, List<RuleMatch> matches) {
        matches.sort(Comparator.comparingInt((RuleMatch m) -> m.span().start()));
        Span sentence = text.sentences().get(key.sentence());
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
        if (saysAgain(text, key.sentence(), suggestion)) {
            suggestion = Finding.REMOVE; // the calm sentence is already in the letter: say it once
        }
        return new Finding(start, end, key.criterion(), worst.rule().severity(), lead.rule().message(),
                Optional.of(suggestion));
    }

    /** True when another sentence of the letter already says exactly this. */
    private static boolean saysAgain(LetterText text, int sentence, String suggestion) {
        String wanted = comparable(suggestion);
        List<Span> sentences = text.sentences();
        for (int i = 0; i < sentences.size(); i++) {
            if (i != sentence && !wanted.isEmpty() && comparable(text.text(sentences.get(i))).equals(wanted)) {
                return true;
            }
        }
        return false;
    }

    private static String comparable(String sentence) {
        return sentence.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
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
        String spliced = out.toString().replaceAll(" {2,}", " ").replace(" ,", ",").replace(" .", ".").trim();
        return spliced.isEmpty() ? Finding.REMOVE : Character.toUpperCase(spliced.charAt(0)) + spliced.substring(1);
    }

    private record SentenceKey(int sentence, Criterion criterion) {
    }
}
