package com.followupcoach.scoring.calibration;

import java.util.Map;

/**
 * A regression guard, not an accuracy claim: {@code letters-blind-16} holds 80 letters written
 * and labelled by a writer who saw none of the engine, asked for continued interest and appeals as
 * real people write them, scored once before any of its classes (docs/blind-set-16.md) and then
 * used for the fifteenth session's last tone, interest and news classes. The floors sit a little
 * below the figures of the engine it was tuned with and fail only when a change makes the engine
 * worse on letters it handles.
 */
class SixteenthBlindSetRegressionGuardTest extends BlindSetRegressionGuard {

    private static final String SET = "/letters-blind-16";
    /** First measured 0.99 / 0.97 / 0.97 (engine of 7ff4ce5); the same after. */
    private static final double AUC_FLOOR = 0.96;
    /** Lowest F1 first 0.80 (tone: five false alarms and a calm demand), after 0.94 (feedback). */
    private static final double F1_FLOOR_EACH = 0.85;
    /** First measured mean F1 over the ten criteria 0.94; 0.98 after. */
    private static final double F1_FLOOR_MEAN = 0.95;

    SixteenthBlindSetRegressionGuardTest() {
        super(SET, Map.of("bad", 22L, "good", 30L, "minimal", 12L, "thankyou", 6L, "tricky", 10L),
                AUC_FLOOR, F1_FLOOR_EACH, F1_FLOOR_MEAN);
    }
}
