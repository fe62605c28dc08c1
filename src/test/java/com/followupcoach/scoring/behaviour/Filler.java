package com.followupcoach.scoring.behaviour;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills template slots. Lexicon slots are filled first, at random but from a seeded
 * generator; persona slots ({company}, {me} ...) are left for {@link #render} so that one
 * skeleton can be rendered for two personas (the invariance tests). A slot that neither
 * knows stays in the text, where {@link CaseCheck#malformed} finds it.
 */
final class Filler {

    static final Pattern SLOT = Pattern.compile("\\{([A-Za-z_][A-Za-z0-9_.]*)}");
    private static final int MAX_DEPTH = 6;

    private final Lexicon lexicon;

    Filler(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    Lexicon lexicon() {
        return lexicon;
    }

    /** One entry of a section, its own lexicon slots filled. */
    String pick(String section, Random random) {
        return fill("{" + section + "}", random);
    }

    String fill(String template, Random random) {
        String text = template;
        for (int depth = 0; depth < MAX_DEPTH; depth++) {
            String next = fillOnce(text, random);
            if (next.equals(text)) {
                return text;
            }
            text = next;
        }
        return text;
    }

    private String fillOnce(String text, Random random) {
        Matcher m = SLOT.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String replacement = m.group();
            if (lexicon.has(name) && !Persona.SLOTS.contains(name)) {
                List<String> entries = lexicon.get(name);
                replacement = entries.get(random.nextInt(entries.size()));
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    static String render(String skeleton, Persona persona) {
        Map<String, String> values = persona.slots();
        Matcher m = SLOT.matcher(skeleton);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.getOrDefault(m.group(1), m.group());
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }
}
