package com.followupcoach.cli;

import com.followupcoach.scoring.detect.SecondCore;
import com.followupcoach.vocabulary.CriterionResult;
import com.followupcoach.vocabulary.Critique;
import com.followupcoach.vocabulary.Finding;
import com.followupcoach.vocabulary.Status;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Consumer;

/**
 * The human-readable {@code score} report: the score, each criterion with a status mark,
 * then each finding with its line:column and the quoted text. Marks are plain ASCII so
 * the report reads the same in any terminal and through a screen reader.
 */
final class CritiqueReport {

    private static final int QUOTE_LIMIT = 60;
    /** How many characters of finding lines are gathered before they go to the writer. */
    private static final int BATCH = 1 << 15;

    private CritiqueReport() {
    }

    static String render(String file, String text, Critique critique) {
        return render(file, text, critique, HALVES_FROM);
    }

    /** @param halvesFrom from how many findings the lines are made in two halves (tests) */
    static String render(String file, String text, Critique critique, int halvesFrom) {
        StringBuilder out = new StringBuilder();
        render(file, text, critique, out, halvesFrom);
        return out.toString();
    }

    /**
     * Writes the report to {@code out} as it goes: the report of a megabyte may hold half a
     * million findings, tens of megabytes that need not be built as one string first.
     */
    static void render(String file, String text, Critique critique, PrintWriter out) {
        render(file, text, critique, out, HALVES_FROM);
    }

    private static void render(String file, String text, Critique critique, Appendable to, int halvesFrom) {
        Lines out = new Lines(to);
        out.append(String.format(Locale.ROOT, "%s: %d/100  (%d words, reading ease %.1f, grade %.1f)%n", file,
                critique.score(), critique.words(), critique.readability().fleschReadingEase(),
                critique.readability().fleschKincaidGrade()));
        for (CriterionResult r : critique.criteria()) {
            String points = r.status() == Status.NOT_ASSESSED ? "  n/a" : String.format(Locale.ROOT, "%2d/%-2d", r.points(), r.max());
            out.append(String.format(Locale.ROOT, "  %s %-22s %s  %s%n", mark(r.status()), r.criterion().id(), points,
                    r.message()));
        }
        if (!critique.findings().isEmpty()) {
            out.append(String.format("  findings:%n"));
        }
        TextPosition.Index positions = new TextPosition.Index(text);
        List<Finding> findings = critique.findings();
        // Half a million findings (a megabyte of "I I I") take as long to put in words as the
        // rest of the run: the second half's lines are made on the common pool's thread while
        // this one makes and writes the first half's, then written after them, unchanged.
        int half = findings.size() >= halvesFrom ? findings.size() / 2 : findings.size();
        CompletableFuture<List<String>> later = half == findings.size() ? null
                : CompletableFuture.supplyAsync(() -> {
                    List<String> batches = new ArrayList<>();
                    lines(text, positions, findings.subList(half, findings.size()), batches::add);
                    return batches;
                }, ForkJoinPool.commonPool());
        lines(text, positions, findings.subList(0, half), out::append);
        if (later != null) {
            for (String batch : SecondCore.join(later)) {
                out.append(batch);
            }
        }
        out.append(String.format("  marks: [+] met  [~] partial  [-] missing  [ ] not assessed%n"));
    }

    /** From how many findings the report's lines are made in two halves on two cores. */
    static final int HALVES_FROM = 1 << 12;

    /**
     * The findings' lines, built in a local buffer handed on in large pieces, not appended to
     * the writer bit by bit or formatted: a megabyte may hold half a million findings.
     */
    private static void lines(String text, TextPosition.Index positions, List<Finding> findings,
                              Consumer<String> to) {
        StringBuilder lines = new StringBuilder(BATCH + 512);
        String newline = System.lineSeparator();
        for (Finding f : findings) {
            TextPosition at = positions.of(f.start());
            lines.append("    ").append(at.line()).append(':').append(at.column()).append(' ').append(f.severity().id())
                    .append(' ').append(f.criterion().id()).append(" \"");
            appendQuote(lines, text, f.start(), Math.min(f.end(), f.start() + QUOTE_LIMIT + 1));
            lines.append("\": ").append(f.message());
            f.suggestion().filter(s -> !s.isEmpty()).ifPresent(s -> lines.append(" Try: \"").append(s).append('"'));
            if (f.suggestsRemoval()) {
                lines.append(" Try: leave this sentence out.");
            }
            lines.append(newline);
            if (lines.length() >= BATCH) {
                to.accept(lines.toString());
                lines.setLength(0);
            }
        }
        if (lines.length() > 0) {
            to.accept(lines.toString());
        }
    }

    /** An {@link Appendable} whose appends cannot fail: a StringBuilder's do not, a PrintWriter's set its error flag. */
    private static final class Lines {
        private final Appendable to;

        Lines(Appendable to) {
            this.to = to;
        }

        Lines append(CharSequence s) {
            try {
                to.append(s);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return this;
        }
    }

    private static String mark(Status status) {
        return switch (status) {
            case MET -> "[+]";
            case PARTIAL -> "[~]";
            case MISSING -> "[-]";
            case NOT_ASSESSED -> "[ ]";
        };
    }

    /**
     * {@code text[from, to)} with each white-space character as a space (what {@code \s}
     * matches in a regular expression), cut to {@link #QUOTE_LIMIT} characters and "..." when
     * longer, never inside a surrogate pair; appended without a string per finding.
     */
    private static void appendQuote(StringBuilder out, String text, int from, int until) {
        int end = until;
        boolean cut = end - from > QUOTE_LIMIT;
        if (cut) {
            end = from + QUOTE_LIMIT;
            if (Character.isHighSurrogate(text.charAt(end - 1))) {
                end--; // never split a surrogate pair
            }
        }
        for (int i = from; i < end; i++) {
            char c = text.charAt(i);
            out.append(c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r' ? ' ' : c);
        }
        if (cut) {
            out.append("...");
        }
    }
}
