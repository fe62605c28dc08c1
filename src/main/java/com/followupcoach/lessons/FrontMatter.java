package com.followupcoach.lessons;

import com.followupcoach.files.Problem;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A Markdown file split into its YAML front matter (between the first two {@code ---}
 * lines) and its body, remembering where each starts so that line numbers point into
 * the {@code .md} file.
 *
 * @param yaml          the front matter; its line 1 is line 2 of the file
 * @param body          everything after the closing {@code ---} line
 * @param bodyFirstLine the file line the body starts on
 */
record FrontMatter(String yaml, String body, int bodyFirstLine) {

    /** Added to a front-matter line number to get the file line number (the opening {@code ---}). */
    static final int YAML_LINE_OFFSET = 1;

    static Optional<FrontMatter> split(String text, String file, List<Problem> problems) {
        if (text.isBlank()) {
            problems.add(new Problem(file, 0, "the file is empty"));
            return Optional.empty();
        }
        String[] lines = text.split("\n", -1);
        if (!isFence(lines[0])) {
            problems.add(new Problem(file, 1, "the file must start with a `---` line opening the front matter"));
            return Optional.empty();
        }
        for (int i = 1; i < lines.length; i++) {
            if (isFence(lines[i])) {
                String yaml = String.join("\n", Arrays.copyOfRange(lines, 1, i));
                String body = String.join("\n", Arrays.copyOfRange(lines, i + 1, lines.length));
                return Optional.of(new FrontMatter(yaml, body, i + 2));
            }
        }
        problems.add(new Problem(file, 1, "the front matter is never closed by a second `---` line"));
        return Optional.empty();
    }

    private static boolean isFence(String line) {
        return line.stripTrailing().equals("---");
    }
}
