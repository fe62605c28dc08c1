package com.followupcoach.scoring.group;

import com.followupcoach.vocabulary.Criterion;
import java.util.ArrayList;
import java.util.List;

/**
 * A group's table as CSV ({@code score --csv} and the Workshop page's export): a header
 * {@code letter,score,<criterion ids>}, then one row per letter, each criterion cell its
 * status id. Fields are quoted as RFC 4180 says, so a file name with a
 * comma or quote still opens as one cell in a spreadsheet.
 */
public final class GroupCsv {

    private GroupCsv() {
    }

    /** @param names the file names in the letter column instead of A, B, C… */
    public static String render(GroupReport report, boolean names) {
        StringBuilder csv = new StringBuilder();
        List<String> header = new ArrayList<>(List.of("letter", "score"));
        report.criteria().forEach(c -> header.add(c.id()));
        line(csv, header);
        for (GroupLetter letter : report.letters()) {
            List<String> row = new ArrayList<>();
            row.add(names ? letter.name() : letter.label());
            row.add(Integer.toString(letter.score()));
            for (Criterion criterion : report.criteria()) {
                row.add(letter.status(criterion).id());
            }
            line(csv, row);
        }
        return csv.toString();
    }

    private static void line(StringBuilder csv, List<String> fields) {
        csv.append(String.join(",", fields.stream().map(GroupCsv::field).toList())).append(System.lineSeparator());
    }

    static String field(String value) {
        boolean quote = value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")
                || !value.equals(value.strip());
        return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }
}
