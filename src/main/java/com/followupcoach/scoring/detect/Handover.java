package com.followupcoach.scoring.detect;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * Work offered to the common pool's thread (the second core) while this thread does its own
 * share. When its result is needed and no thread has begun it yet (the pool is busy with the
 * checks a long letter runs beside its rules), the thread that needs it does it itself, so a
 * hand-over never waits on a queue. A failure is thrown to the caller as it was thrown.
 */
final class Handover<T> {

    private final Supplier<T> work;
    private final AtomicBoolean begun = new AtomicBoolean();
    private final CompletableFuture<T> result = new CompletableFuture<>();

    private Handover(Supplier<T> work) {
        this.work = work;
    }

    static <T> Handover<T> offer(Supplier<T> work) {
        Handover<T> handover = new Handover<>(work);
        ForkJoinPool.commonPool().execute(handover::runUnlessBegun);
        return handover;
    }

    private void runUnlessBegun() {
        if (begun.compareAndSet(false, true)) {
            try {
                result.complete(work.get());
            } catch (RuntimeException | Error e) {
                result.completeExceptionally(e);
            }
        }
    }

    /** The work's result, done on this thread when no other has begun it. */
    T join() {
        if (begun.compareAndSet(false, true)) {
            return work.get();
        }
        return SecondCore.join(result);
    }
}
