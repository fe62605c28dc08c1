package com.followupcoach.scoring.detect;

import com.followupcoach.scoring.text.LetterText;
import com.followupcoach.scoring.text.Span;
import java.util.List;
import java.util.Optional;

/**
 * The parts of a letter: greeting, body, sign-off and name. The body is what lies between
 * the greeting and the sign-off, so subject lines, address blocks and signatures do not
 * count towards its length.
 *
 * @param greeting  the salutation ("Dear Ms Thornton,") if one starts a line
 * @param signOff   the closing line ("Kind regards,") if one is found near the end
 * @param name      the writer's name after the sign-off (or alone on the last line)
 * @param body      the letter's body
 */
public record Layout(Optional<Span> greeting, Optional<Span> signOff, Optional<Span> name, Span body,
                     int bodyWords, int bodyParagraphs) {

    private static final int MAX_SIGN_OFF_WORDS = 9;
    private static final int MAX_NAME_WORDS = 6;
    private static final int MAX_CLOSING_CHARS = 100;

    public static Layout of(LetterText text, List<RuleMatch> greetings, List<RuleMatch> signOffs) {
        Optional<Span> greeting = greetings.stream().map(RuleMatch::span)
                .filter(s -> startsLine(text, s.start()) && text.lineAt(s.start()) < 30)
                .findFirst().map(s -> greetingSpan(text, s));
        int bodyStart = greeting.map(Span::end).orElse(0);
        Optional<Span> signOff = Optional.empty();
        for (RuleMatch m : signOffs) {
            Span line = text.lines().get(text.lineAt(m.span().start()));
            if (m.span().start() >= bodyStart && startsLine(text, m.span().start()) && isClosingLine(text, line)
                    && (signOff.isEmpty() || line.start() > signOff.get().start())) {
                signOff = Optional.of(trim(text, line));
            }
        }
        Optional<Span> name = signOff.isPresent() ? nameAfter(text, text.lineAt(signOff.get().start()) + 1)
                : lastLineName(text, bodyStart);
        int bodyEnd = signOff.map(Span::start).or(() -> name.map(Span::start)).orElse(text.length());
        Span body = new Span(bodyStart, Math.max(bodyStart, bodyEnd));
        int words = text.wordsIn(body.start(), body.end()).size();
        int paragraphs = (int) text.paragraphs().stream()
                .filter(p -> p.overlaps(body) && !text.wordsIn(Math.max(p.start(), body.start()),
                        Math.min(p.end(), body.end())).isEmpty())
                .count();
        return new Layout(greeting, signOff, name, body, words, paragraphs);
    }

    /**
     * A closing is a line of its own: short and ending with a comma ("With best wishes to you
     * and the team,"), or very short ("Best wishes.", "Thanks!"). "Thanks for nothing. Please
     * reconsider." starts like a closing but is body text.
     */
    private static boolean isClosingLine(LetterText text, Span line) {
        Span t = trim(text, line);
        if (t.length() > MAX_CLOSING_CHARS) {
            return false;
        }
        int words = text.wordsIn(t.start(), t.end()).size();
        if (words == 0 || words > MAX_SIGN_OFF_WORDS) {
            return false;
        }
        String s = text.norm().substring(t.start(), t.end());
        if (s.endsWith(",")) {
            return true;
        }
        String inner = s.substring(0, s.length() - 1);
        return words <= 4 && inner.indexOf('.') < 0 && inner.indexOf('?') < 0 && inner.indexOf('!') < 0;
    }

    /**
     * The greeting runs to the first comma, colon or exclamation mark on its line ("Dear Mr
     * Pearson,"), or to a dash set off by spaces ("Hi Tom - thanks for…"; a hyphen inside a
     * name such as Anne-Marie has none).
     */
    private static Span greetingSpan(LetterText text, Span match) {
        Span line = text.lines().get(text.lineAt(match.start()));
        String norm = text.norm();
        for (int i = match.end(); i < line.end() && i < match.start() + 80; i++) {
            char c = norm.charAt(i);
            if (c == ',' || c == ':' || c == '!') {
                return new Span(match.start(), i + 1);
            }
            if (c == '-' && norm.charAt(i - 1) == ' ' && i + 1 < line.end() && norm.charAt(i + 1) == ' ') {
                return new Span(match.start(), i + 1);
            }
        }
        boolean shortLine = text.wordsIn(line.start(), line.end()).size() <= 6;
        return shortLine ? trim(text, line) : match;
    }

    private static Optional<Span> nameAfter(LetterText text, int firstLine) {
        List<Span> lines = text.lines();
        for (int i = firstLine; i < lines.size(); i++) {
            Span line = lines.get(i);
            if (text.isBlank(line)) {
                continue;
            }
            return looksLikeName(text, line) ? Optional.of(trim(text, line)) : Optional.empty();
        }
        return Optional.empty();
    }

    /** Without a sign-off, a short capitalised last line ("Gary Platt") is taken as the name. */
    private static Optional<Span> lastLineName(LetterText text, int bodyStart) {
        List<Span> lines = text.lines();
        for (int i = lines.size() - 1; i >= 0; i--) {
            Span line = lines.get(i);
            if (text.isBlank(line)) {
                continue;
            }
            Span trimmed = trim(text, line);
            char last = text.norm().charAt(trimmed.end() - 1);
            boolean name = trimmed.start() > bodyStart && looksLikeName(text, line) && ".!?,:;".indexOf(last) < 0
                    && text.wordsIn(line.start(), line.end()).size() <= 4;
            return name ? Optional.of(trimmed) : Optional.empty();
        }
        return Optional.empty();
    }

    private static boolean looksLikeName(LetterText text, Span line) {
        List<Span> words = text.wordsIn(line.start(), line.end());
        if (words.isEmpty() || words.size() > MAX_NAME_WORDS) {
            return false;
        }
        int first = text.norm().codePointAt(words.get(0).start());
        return Character.isUpperCase(first) || Character.isTitleCase(first) || !Character.isLowerCase(first);
    }

    /** Only spaces before the offset on its line; looks back from the offset, so it stays cheap on long lines. */
    private static boolean startsLine(LetterText text, int offset) {
        String s = text.norm();
        for (int i = offset - 1; i >= 0 && s.charAt(i) != '\n'; i--) {
            if (!Character.isWhitespace(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static Span trim(LetterText text, Span line) {
        String s = text.norm();
        int a = line.start();
        int b = line.end();
        while (a < b && Character.isWhitespace(s.charAt(a))) {
            a++;
        }
        while (b > a && Character.isWhitespace(s.charAt(b - 1))) {
            b--;
        }
        return new Span(a, b);
    }
}
