package com.followupcoach.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code score --csv}: a trainer scores a group's letters ahead of a workshop and opens them in a spreadsheet. */
class ScoreCsvTest {

    private static final String GOOD = SampleLetters.GOOD;
    private static final String DEMANDING = "I want a full explanation of why, within five working days.";
    private static final String HEADER = "letter,score,gratitude,acknowledgement,continued_interest,alternate_positions,"
            + "new_qualifications,feedback_request,contact_details,tone,realistic_expectations,timing,concise,structure,"
            + "personalization,mechanics";

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final List<DesktopOptions> desktopStarts = new ArrayList<>();

    private int run(String... args) {
        return FollowUpCoachCommand.execute(args, desktopStarts::add, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    private Path file(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private List<String[]> rows() {
        return out.toString().lines().map(line -> line.split(",", -1)).toList();
    }

    private String jsonStatus(Path file, String criterion) {
        StringWriter json = new StringWriter();
        FollowUpCoachCommand.execute(new String[] {"score", "--json", file.toString()}, desktopStarts::add,
                new PrintWriter(json, true), new PrintWriter(new StringWriter(), true));
        String line = json.toString();
        int at = line.indexOf("\"id\":\"" + criterion + "\"");
        int status = line.indexOf("\"status\":\"", at) + "\"status\":\"".length();
        return line.substring(status, line.indexOf('"', status));
    }

    @Test
    void printsAHeaderInRubricOrderAndOneAnonymousRowPerFileInArgumentOrder() throws IOException {
        Path good = file("sam-lee.txt", GOOD);
        Path demanding = file("jo-bloggs.txt", DEMANDING);

        int exit = run("score", "--csv", good.toString(), demanding.toString(), good.toString());

        assertThat(exit).isZero();
        assertThat(err.toString()).isEmpty();
        assertThat(desktopStarts).isEmpty();
        assertThat(out.toString().lines().findFirst()).contains(HEADER);
        List<String[]> rows = rows().subList(1, rows().size());
        assertThat(rows).extracting(row -> row[0]).containsExactly("A", "B", "C");
        assertThat(rows).allSatisfy(row -> assertThat(row).hasSize(16));
        assertThat(out.toString()).doesNotContain("sam-lee").doesNotContain("jo-bloggs");
        int goodScore = Integer.parseInt(rows.get(0)[1]);
        assertThat(goodScore).isGreaterThan(Integer.parseInt(rows.get(1)[1]));
        assertThat(rows.get(2)[1]).isEqualTo(rows.get(0)[1]);
        List<String> ids = List.of(HEADER.split(","));
        assertThat(rows.get(0)[ids.indexOf("gratitude")]).isEqualTo("met");
        assertThat(rows.get(1)[ids.indexOf("realistic_expectations")]).isEqualTo(jsonStatus(demanding, "realistic_expectations"))
                .isNotEqualTo("met");
        assertThat(rows.get(1)[ids.indexOf("timing")]).isEqualTo("not_assessed");
        for (String[] row : rows) {
            assertThat(List.of(row).subList(2, row.length)).allMatch(List.of("met", "partial", "missing", "not_assessed")::contains);
        }
    }

    @Test
    void namesPutsTheFileNamesInTheLetterColumnQuotedWhenTheyHoldAComma() throws IOException {
        Path plain = file("sam.txt", GOOD);
        Path comma = file("lee, jo.txt", DEMANDING);

        int exit = run("score", "--csv", "--names", plain.toString(), comma.toString());

        assertThat(exit).isZero();
        List<String> lines = out.toString().lines().toList();
        assertThat(lines.get(1)).startsWith(plain + ",");
        assertThat(lines.get(2)).startsWith("\"" + comma + "\",");
    }

    @Test
    void anUnreadableFileKeepsItsLetterSoTheOthersDoNotShiftAndExitsWithThree() throws IOException {
        Path good = file("a.txt", GOOD);
        Path missing = dir.resolve("missing.txt");

        int exit = run("score", "--csv", good.toString(), missing.toString(), good.toString());

        assertThat(exit).isEqualTo(3);
        assertThat(err.toString().strip()).isEqualTo("followup-coach: cannot read " + missing + ": no such file");
        assertThat(rows().subList(1, 3)).extracting(row -> row[0]).containsExactly("A", "C");
    }

    @Test
    void csvWithJsonOrNamesWithoutCsvIsBadUsage() throws IOException {
        Path good = file("a.txt", GOOD);

        assertThat(run("score", "--csv", "--json", good.toString())).isEqualTo(2);
        assertThat(run("score", "--names", good.toString())).isEqualTo(2);
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString().lines()).hasSize(2).allMatch(line -> line.startsWith("followup-coach: "));
    }
}
