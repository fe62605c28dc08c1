package com.followupcoach.scoring.detect;

import com.followupcoach.scoring.text.LetterText;
import com.followupcoach.scoring.text.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds the wrong organisation named as the employer. With a scenario, any employer
 * mention that is not the scenario's company is wrong. Without one, the letter is judged
 * against itself: when it names two different organisations as the one the writer wants to
 * join, one of them is wrong. A name on a "Subject:" or "Re:" line is taken as right (it
 * usually comes from the employer's own message); otherwise the most-mentioned name is.
 */
public final class EmployerCheck {

    private EmployerCheck() {
    }

    /** The mentions that name the wrong organisation. */
    public static List<Span> wrongMentions(LetterText text, List<RuleMatch> matches, Optional<String> company) {
        // two employer rules may find the same name ("to be part of X"): it is one mention
        List<RuleMatch> mentions = new ArrayList<>(matches.stream()
                .collect(java.util.stream.Collectors.toMap(RuleMatch::span, m -> m, (a, b) -> a,
                        java.util.LinkedHashMap::new)).values());
        List<String> names = mentions.stream().map(m -> text.text(m.span())).toList();
        List<Span> wrong = new ArrayList<>();
        if (company.isPresent()) {
            for (int i = 0; i < names.size(); i++) {
                if (!OrganisationNames.same(names.get(i), company.get())) {
                    wrong.add(mentions.get(i).span());
                }
            }
            return wrong;
        }
        List<List<Integer>> groups = OrganisationNames.group(names);
        if (groups.size() < 2) {
            return wrong;
        }
        List<Integer> right = groups.get(0);
        for (List<Integer> g : groups) {
            boolean subject = g.stream().anyMatch(i -> onSubjectLine(text, mentions.get(i).span()));
            boolean rightHasSubject = right.stream().anyMatch(i -> onSubjectLine(text, mentions.get(i).span()));
            if (subject && !rightHasSubject || subject == rightHasSubject && g.size() > right.size()) {
                right = g;
            }
        }
        for (List<Integer> g : groups) {
            if (g != right) {
                g.forEach(i -> wrong.add(mentions.get(i).span()));
            }
        }
        return wrong;
    }

    /** The organisation the letter mostly names, for messages. */
    public static Optional<String> mainName(LetterText text, List<RuleMatch> mentions, List<Span> wrong) {
        return mentions.stream().filter(m -> !wrong.contains(m.span())).map(m -> text.text(m.span())).findFirst();
    }

    private static boolean onSubjectLine(LetterText text, Span span) {
        Span line = text.lines().get(text.lineAt(span.start()));
        String start = text.lower().substring(line.start(), Math.min(line.end(), line.start() + 12)).trim();
        return start.startsWith("subject") || start.startsWith("re:") || start.startsWith("re ")
                || start.startsWith("ref");
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
