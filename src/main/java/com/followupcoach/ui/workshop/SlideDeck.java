package com.followupcoach.ui.workshop;

import com.followupcoach.lessons.LessonModule;
import com.followupcoach.lessons.Section;
import java.util.ArrayList;
import java.util.List;

/**
 * A lesson as slides. A screen too long to read from the back of a room at the slide size
 * (48 px text on a 1920×1080 projector) is split between Markdown blocks, never inside a
 * paragraph or list, so that no slide ever needs scrolling. The budget is an estimate in
 * lines of text; the slide view still shrinks anything that overflows, and a test checks
 * that the built-in lessons never need it.
 */
final class SlideDeck {

    /** Characters on one line of slide text at 48 px across a 1920 px wide slide. */
    static final int CHARACTERS_PER_LINE = 60;
    /** Lines of slide text under the heading that fit a 1080 px tall slide. */
    static final double LINES_PER_SLIDE = 11.5;
    /** The space between blocks, in lines. */
    private static final double BLOCK_GAP = 0.45;

    private SlideDeck() {
    }

    /** The screens as slides, then one slide of takeaways. */
    static List<Slide> of(LessonModule module, String takeawaysHeading) {
        List<Slide> slides = new ArrayList<>();
        for (Section section : module.sections()) {
            slides.addAll(split(section));
        }
        StringBuilder takeaways = new StringBuilder();
        module.takeaways().forEach(t -> takeaways.append("- ").append(t.replace("\n", " ")).append('\n'));
        slides.addAll(split(new Section(takeawaysHeading, takeaways.toString().strip())));
        return List.copyOf(slides);
    }

    static List<Slide> split(Section section) {
        List<List<String>> pages = new ArrayList<>();
        List<String> page = new ArrayList<>();
        double used = 0;
        for (String block : blocks(section.markdown())) {
            double lines = lines(block);
            if (!page.isEmpty() && used + BLOCK_GAP + lines > LINES_PER_SLIDE) {
                pages.add(page);
                page = new ArrayList<>();
                used = 0;
            }
            used += (page.isEmpty() ? 0 : BLOCK_GAP) + lines;
            page.add(block);
        }
        pages.add(page);
        List<Slide> slides = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            slides.add(new Slide(section.heading(), String.join("\n\n", pages.get(i)), section.notes(), i + 1, pages.size()));
        }
        return slides;
    }

    /** Top-level Markdown blocks: paragraphs, lists and quotes, split at blank lines. */
    static List<String> blocks(String markdown) {
        List<String> blocks = new ArrayList<>();
        for (String block : markdown.strip().split("\\n\\s*\\n")) {
            if (!block.isBlank()) {
                blocks.add(block.strip());
            }
        }
        return blocks;
    }

    /** Estimated lines a block takes: each source line wraps on its own (list items, quote lines). */
    static double lines(String block) {
        double lines = 0;
        for (String line : block.split("\\n")) {
            String text = line.strip().replaceAll("^([-*+>]|\\d+\\.)\\s+", "").replace("**", "").replace("*", "");
            lines += Math.max(1, Math.ceil((text.length() + 3) / (double) CHARACTERS_PER_LINE));
        }
        return lines;
    }
}
