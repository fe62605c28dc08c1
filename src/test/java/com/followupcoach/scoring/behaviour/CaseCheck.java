package com.followupcoach.scoring.behaviour;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Whether a generated case is well formed, before the engine ever sees it. */
final class CaseCheck {

    private static final Pattern NULL_WORD = Pattern.compile("\\bnull\\b");

    private CaseCheck() {
    }

    /** The problems of a case: an unfilled slot, an empty letter, a pair whose letters are the same. */
    static List<String> malformed(Case c) {
        List<String> problems = new ArrayList<>();
        for (Letter letter : c.letters()) {
            if (letter.text().isBlank()) {
                problems.add(c.id() + ": empty letter");
            }
            var m = Filler.SLOT.matcher(letter.text());
            if (m.find()) {
                problems.add(c.id() + ": unfilled slot " + m.group());
            } else if (letter.text().contains("{") || letter.text().contains("}")) {
                problems.add(c.id() + ": stray brace");
            }
            if (NULL_WORD.matcher(letter.text()).find()) {
                problems.add(c.id() + ": the word null");
            }
        }
        if (c.type() != TestType.MFT && c.letters().size() != 2) {
            problems.add(c.id() + ": a " + c.type() + " case needs two letters");
        }
        if (c.type() != TestType.MFT && c.letters().size() == 2
                && c.letters().get(0).text().equals(c.letters().get(1).text())) {
            problems.add(c.id() + ": both letters are the same text, so the pair tests nothing");
        }
        return problems;
    }
}
