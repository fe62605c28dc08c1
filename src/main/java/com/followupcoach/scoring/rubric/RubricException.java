package com.followupcoach.scoring.rubric;

import com.followupcoach.files.Problem;
import java.util.List;

/**
 * A rubric that cannot be used. The message is one line: {@code FILE:LINE: message}
 * ({@code FILE: message} when no line applies, e.g. the file cannot be read), for the first
 * problem found, with a count of the others; {@link #problems()} holds every one, so that
 * {@code lessons check} can list them all.
 */
public final class RubricException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String source;
    private final int line;
    private final String problem;
    private final List<Problem> problems;

    public RubricException(String source, int line, String problem) {
        this(List.of(new Problem(source, Math.max(0, line), problem)));
    }

    /** @param problems every problem found, at least one; the first one is the message */
    public RubricException(List<Problem> problems) {
        super(message(problems));
        Problem first = problems.get(0);
        this.source = first.file();
        this.line = first.line();
        this.problem = first.message();
        this.problems = List.copyOf(problems);
    }

    private static String message(List<Problem> problems) {
        Problem first = problems.get(0);
        String where = first.line() > 0 ? first.file() + ":" + first.line() : first.file();
        int more = problems.size() - 1;
        return where + ": " + first.message() + (more == 0 ? "" : " (and " + more + " more problem" + (more == 1 ? "" : "s") + ")");
    }

    public String source() {
        return source;
    }

    public int line() {
        return line;
    }

    /** The first problem's message, without the location. */
    public String problem() {
        return problem;
    }

    /** Every problem found, in the order found. */
    public List<Problem> problems() {
        return problems;
    }
}
