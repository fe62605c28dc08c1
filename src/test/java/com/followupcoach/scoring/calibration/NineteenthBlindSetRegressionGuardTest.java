package com.followupcoach.scoring.calibration;

import java.util.Map;

/**
 * A regression guard, not an accuracy claim: {@code letters-blind-19} holds 80 letters written
 * and labelled by a writer who saw none of the engine, asked for the whole range of what people
 * really send, scored once before any of its classes (docs/blind-sets-18-19-21.md) and then used for
 * the sixteenth session's classes. The floors sit a little below the figures of the engine it was
 * tuned with and fail only when a change makes the engine worse on letters it handles.
 */
class NineteenthBlindSetRegressionGuardTest extends BlindSetRegressionGuard {

    private static final String SET = "/letters-blind-19";
    /** First measured 1.00 / 1.00 / 1.00 (engine of 74a03f2); the same after. */
    private static final double AUC_FLOOR = 0.98;
    /** Lowest F1 first 0.84 (tone and feedback), after 0.89 (new qualifications). */
    private static final double F1_FLOOR_EACH = 0.86;
    /** First measured mean F1 over the ten criteria 0.93; 0.96 after. */
    private static final double F1_FLOOR_MEAN = 0.94;

    NineteenthBlindSetRegressionGuardTest() {
        super(SET, Map.of("bad", 22L, "good", 26L, "minimal", 14L, "thankyou", 6L, "tricky", 12L),
                AUC_FLOOR, F1_FLOOR_EACH, F1_FLOOR_MEAN);
    }
}
