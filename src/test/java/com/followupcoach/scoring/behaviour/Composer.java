package com.followupcoach.scoring.behaviour;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Builds the letters of one class from templates, fillers, frames and surfaces. Each class
 * has its own random generator seeded from the suite's seed and the class name, so adding
 * a class never changes the cases of another.
 */
final class Composer {

    static final String TARGET = "*";

    private final Filler filler;
    private final Random random;

    Composer(Filler filler, long seed, String className) {
        this.filler = filler;
        this.random = new Random(seed * 1_000_003L + className.hashCode());
    }

    Random random() {
        return random;
    }

    Lexicon lexicon() {
        return filler.lexicon();
    }

    String pick(String section) {
        return filler.pick(section, random);
    }

    String fill(String template) {
        return filler.fill(template, random);
    }

    <T> T any(List<T> options) {
        return options.get(random.nextInt(options.size()));
    }

    Persona persona() {
        return Persona.random(random, lexicon());
    }

    /**
     * Paragraphs of sentences from a layout such as "f.thanks * | f.alternate": paragraphs
     * split by "|", each word a filler section, and "*" the sentence under test.
     */
    List<List<String>> compose(String layout, String target) {
        List<List<String>> paragraphs = new ArrayList<>();
        for (String paragraph : layout.split("\\|")) {
            List<String> sentences = new ArrayList<>();
            for (String part : paragraph.trim().split("\\s+")) {
                sentences.add(part.equals(TARGET) ? target : pick(part));
            }
            paragraphs.add(sentences);
        }
        return paragraphs;
    }

    /** The skeleton of a letter; the same frame seed gives the same greeting and sign-off. */
    String skeleton(Frame frame, List<List<String>> paragraphs, long frameSeed) {
        List<String> joined = paragraphs.stream().filter(p -> !p.isEmpty()).map(p -> String.join(" ", p)).toList();
        return frame.wrap(joined, filler, new Random(frameSeed));
    }

    static Letter letter(String skeleton, Persona persona, Surface surface, Setting setting) {
        return new Letter(surface.apply(Filler.render(skeleton, persona)), setting);
    }
}
