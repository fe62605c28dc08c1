package com.followupcoach.scoring.rubric;

/**
 * A rubric file that cannot be used. The message is one line: {@code FILE:LINE: message}
 * ({@code FILE: message} when no line applies, e.g. the file cannot be read).
 */
public final class RubricException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String source;
    private final int line;
    private final String problem;

    public RubricException(String source, int line, String problem) {
        super(line > 0 ? source + ":" + line + ": " + problem : source + ": " + problem);
        this.source = source;
        this.line = line;
        this.problem = problem;
    }

    public String source() {
        return source;
    }

    public int line() {
        return line;
    }

    /** The message without the location. */
    public String problem() {
        return problem;
    }
}
