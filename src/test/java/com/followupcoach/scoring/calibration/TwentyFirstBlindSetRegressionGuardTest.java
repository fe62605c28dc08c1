package com.followupcoach.scoring.calibration;

import java.util.Map;

/**
 * A regression guard, not an accuracy claim: {@code letters-blind-21} holds 80 letters written
 * and labelled by a writer who saw none of the engine, asked for tone across its whole range and
 * its calm look-alikes, scored once before any of its classes (docs/blind-sets-18-19-21.md) and then
 * used for the sixteenth session's last tone classes. The floors sit a little below the figures of
 * the engine it was tuned with and fail only when a change makes the engine worse on letters it
 * handles.
 */
class TwentyFirstBlindSetRegressionGuardTest extends BlindSetRegressionGuard {

    private static final String SET = "/letters-blind-21";
    /** First measured 1.00 / 1.00 / 1.00 (engine of 74a03f2 and of c7fafe5); the same after. */
    private static final double AUC_FLOOR = 0.98;
    /** Lowest F1 first 0.86 (tone), after 0.93 (realistic expectations, eight letters). */
    private static final double F1_FLOOR_EACH = 0.88;
    /** First measured mean F1 over the ten criteria 0.95; 0.97 after. */
    private static final double F1_FLOOR_MEAN = 0.95;

    TwentyFirstBlindSetRegressionGuardTest() {
        super(SET, Map.of("bad", 26L, "good", 24L, "minimal", 12L, "thankyou", 6L, "tricky", 12L),
                AUC_FLOOR, F1_FLOOR_EACH, F1_FLOOR_MEAN);
    }
}
