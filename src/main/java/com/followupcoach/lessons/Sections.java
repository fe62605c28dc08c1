package com.followupcoach.lessons;

import com.followupcoach.files.Problem;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a lesson body into reading screens, one a {@code ## } heading. Lines inside fenced
 * code blocks are not headings. Text before the first heading would belong to no screen,
 * so it is a problem rather than silently dropped.
 */
final class Sections {

    private Sections() {
    }

    /**
     * @param firstLine the file line the body starts on, so problems point into the .md file
     */
    static List<Section> split(String body, int firstLine, String file, List<Problem> problems) {
        if (body.isBlank()) {
            problems.add(new Problem(file, firstLine - 1, "the lesson has no text after the front matter"));
            return List.of();
        }
        List<Section> sections = new ArrayList<>();
        String[] lines = body.split("\n", -1);
        String heading = null;
        int headingLine = 0;
        int strayTextLine = 0;
        StringBuilder text = new StringBuilder();
        boolean inFence = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            inFence ^= isFence(line);
            if (!inFence && isHeading(line)) {
                if (heading != null) {
                    sections.add(section(heading, headingLine, text, file, problems));
                }
                heading = line.substring(2).strip();
                headingLine = firstLine + i;
                text.setLength(0);
            } else if (heading != null) {
                text.append(line).append('\n');
            } else if (!line.isBlank() && strayTextLine == 0) {
                strayTextLine = firstLine + i;
            }
        }
        if (heading == null) {
            problems.add(new Problem(file, strayTextLine,
                    "the lesson has no `## ` heading; each reading screen starts with one"));
            return List.of();
        }
        sections.add(section(heading, headingLine, text, file, problems));
        if (strayTextLine > 0) {
            problems.add(new Problem(file, strayTextLine,
                    "text before the first `## ` heading belongs to no screen; start the body with a heading"));
        }
        return sections;
    }

    private static Section section(String heading, int line, StringBuilder text, String file, List<Problem> problems) {
        StringBuilder shown = new StringBuilder();
        StringBuilder notes = new StringBuilder();
        boolean closed = splitNotes(text.toString(), line + 1, file, problems, shown, notes);
        if (heading.isEmpty()) {
            problems.add(new Problem(file, line, "a `## ` heading has no title"));
        } else if (closed && shown.toString().isBlank()) {
            problems.add(new Problem(file, line, "the screen `" + heading + "` has no text"));
        }
        return new Section(heading, shown.toString().strip(), notes.toString().strip());
    }

    /**
     * Presenter notes are Pandoc's fenced notes blocks ({@code ::: notes} … {@code :::}): other
     * Markdown tools show them as plain text rather than dropping them, and a closing line
     * makes it plain where the notes end.
     *
     * @return false when a notes block is never closed (then reported)
     */
    private static boolean splitNotes(String text, int firstLine, String file, List<Problem> problems,
            StringBuilder shown, StringBuilder notes) {
        String[] lines = text.split("\n", -1);
        int openedAt = 0;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (openedAt == 0 && line.matches(":{3,}\\s*\\{?\\s*\\.?notes\\s*}?")) {
                openedAt = firstLine + i;
            } else if (openedAt != 0 && line.matches(":{3,}")) {
                openedAt = 0;
                notes.append('\n');
            } else {
                (openedAt != 0 ? notes : shown).append(lines[i]).append('\n');
            }
        }
        if (openedAt != 0) {
            problems.add(new Problem(file, openedAt, "a `::: notes` block is not closed: end it with a line `:::`"));
        }
        return openedAt == 0;
    }

    private static boolean isHeading(String line) {
        return line.startsWith("## ") || line.stripTrailing().equals("##");
    }

    private static boolean isFence(String line) {
        String start = line.stripLeading();
        return start.startsWith("```") || start.startsWith("~~~");
    }
}
