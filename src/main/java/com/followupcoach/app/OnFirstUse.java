package com.followupcoach.app;

import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A view model made when first asked for, on the FX thread: the pages that need the engine
 * are made after the first page, so that start-up does not wait for the engine.
 */
final class OnFirstUse<T> implements Supplier<T> {

    private final Supplier<T> make;
    private T made;

    OnFirstUse(Supplier<T> make) {
        this.make = make;
    }

    @Override
    public T get() {
        if (made == null) {
            made = make.get();
        }
        return made;
    }

    /** Acts on it only if it was made: nothing shows a view model not yet made. */
    void ifMade(Consumer<T> action) {
        if (made != null) {
            action.accept(made);
        }
    }
}
