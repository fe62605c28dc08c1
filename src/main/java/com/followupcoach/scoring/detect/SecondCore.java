package com.followupcoach.scoring.detect;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Work handed to the second core (the checks a long letter runs beside its rules, the first
 * letter `score` reads while the rubric loads) must fail as it would have in line: the caller
 * gets the exception itself, not a {@link CompletionException} wrapped around it.
 */
public final class SecondCore {

    private SecondCore() {
    }

    /** The work's result; its failure is thrown here as it was thrown there. */
    public static <T> T join(CompletableFuture<T> work) {
        try {
            return work.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }
}
