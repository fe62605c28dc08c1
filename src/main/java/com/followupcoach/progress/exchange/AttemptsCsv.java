package com.followupcoach.progress.exchange;

import com.followupcoach.progress.Attempt;
import com.followupcoach.progress.CriterionOutcome;
import com.followupcoach.progress.Profile;
import com.followupcoach.vocabulary.Criterion;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * One row per attempt: profile, exercise_id, created_at, score, words, findings, then one
 * column per criterion (in the contract's order, named by its id) holding its status id,
 * empty if that attempt has no result for it. RFC 4180: CRLF line ends, fields quoted when
 * they hold a comma, quote or line break. The letter text is left out: it is for a
 * spreadsheet of scores, and the JSON export keeps the texts.
 */
final class AttemptsCsv {

    private final Writer out;

    AttemptsCsv(Writer out) {
        this.out = out;
    }

    void write(Profile profile, List<Attempt> attempts) throws IOException {
        List<String> header = new ArrayList<>(List.of("profile", "exercise_id", "created_at", "score", "words", "findings"));
        for (Criterion criterion : Criterion.values()) {
            header.add(criterion.id());
        }
        row(header);
        for (Attempt attempt : attempts) {
            List<String> cells = new ArrayList<>(List.of(profile.name(), attempt.exerciseId(),
                    attempt.createdAt().toString(), Integer.toString(attempt.score()), Integer.toString(attempt.words()),
                    Integer.toString(attempt.findingsCount())));
            for (Criterion criterion : Criterion.values()) {
                cells.add(attempt.criteria().stream().filter(c -> c.criterion() == criterion).findFirst()
                        .map(CriterionOutcome::status).map(s -> s.id()).orElse(""));
            }
            row(cells);
        }
    }

    private void row(List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(escape(cells.get(i)));
        }
        out.write("\r\n");
    }

    static String escape(String cell) {
        if (cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")) {
            return '"' + cell.replace("\"", "\"\"") + '"';
        }
        return cell;
    }
}
