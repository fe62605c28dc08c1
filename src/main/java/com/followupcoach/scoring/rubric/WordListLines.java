package com.followupcoach.scoring.rubric;

import com.followupcoach.files.Problem;
import com.followupcoach.scoring.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * The entries of a word-list file beside the rubric (a lexicon, the spelling map): one entry a
 * line, {@code #} starts a comment, and the file opens with comment lines that say what belongs
 * in it. Each entry comes with its line, normalised as letters are (curly quotes, dashes).
 */
final class WordListLines {

    /** One non-empty entry and the line it is on. */
    record Line(int number, String entry) {
    }

    private WordListLines() {
    }

    /**
     * @param missingHeader the problem reported when the first written line is not a comment
     * @param problems      where that problem is added
     */
    static List<Line> read(RubricFiles.Text file, String missingHeader, List<Problem> problems) {
        List<Line> out = new ArrayList<>();
        String[] lines = file.text().split("\n", -1);
        boolean any = false;
        for (int i = 0; i < lines.length; i++) {
            int lineNo = i + 1;
            String raw = lines[i];
            int hash = raw.indexOf('#');
            String entry = Normalizer.normalize(hash >= 0 ? raw.substring(0, hash) : raw).trim();
            if (!any && !raw.isBlank()) {
                any = true;
                if (hash < 0 || !raw.substring(0, hash).isBlank()) {
                    problems.add(new Problem(file.source(), lineNo, missingHeader));
                }
            }
            if (!entry.isEmpty()) {
                out.add(new Line(lineNo, entry));
            }
        }
        return out;
    }
}
