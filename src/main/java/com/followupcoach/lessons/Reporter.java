package com.followupcoach.lessons;

import com.followupcoach.files.Problem;
import java.util.List;

/**
 * Reports problems in one bound YAML document, each at the line of a JSON-pointer path.
 *
 * @param lineOffset added to the document's line numbers to give the file's
 */
record Reporter(String file, LineIndex lines, int lineOffset, List<Problem> problems) {

    void at(String pointer, String message) {
        int line = lines.line(pointer);
        problems.add(new Problem(file, line == 0 ? 0 : line + lineOffset, message));
    }

    /** The line a path is on in the file (0 if unknown), for problems found later. */
    int lineOf(String pointer) {
        int line = lines.line(pointer);
        return line == 0 ? 0 : line + lineOffset;
    }

    /** A view of one object of the document, named in messages ("option 3 has no explanation"). */
    Scope scope(String pointer, String name) {
        return new Scope(this, pointer, name);
    }

    Scope root(String name) {
        return scope("", name);
    }
}
