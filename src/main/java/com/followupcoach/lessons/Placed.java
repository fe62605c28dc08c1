package com.followupcoach.lessons;

import com.followupcoach.files.Problem;

/**
 * Something read from a file, with where its id is written, for problems found only once
 * the whole library is known (an exercise id used by two modules).
 */
record Placed<T>(T value, String file, int line) {

    Problem problem(String message) {
        return new Problem(file, line, message);
    }
}
