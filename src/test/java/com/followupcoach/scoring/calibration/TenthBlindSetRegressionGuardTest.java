package com.followupcoach.scoring.calibration;

import java.util.Map;

/**
 * A regression guard, not an accuracy claim: {@code letters-blind-10} holds 80 letters written
 * and labelled by a writer who saw none of the engine, scored once in aggregate before any
 * change (docs/blind-set-10.md) and then used for the twelfth session's tone, negation and
 * interest classes. The floors sit a little below the figures of the engine it was tuned with
 * and fail only when a change makes the engine worse on letters it handles.
 */
class TenthBlindSetRegressionGuardTest extends BlindSetRegressionGuard {

    private static final String SET = "/letters-blind-10";
    /** First measured 0.96 / 0.96 / 0.96 (engine of 70a637e); 0.98 / 0.96 / 0.96 after. */
    private static final double AUC_FLOOR = 0.95;
    /** Lowest F1 0.67 (personalisation: one of two wrong companies missed) first and after. */
    private static final double F1_FLOOR_EACH = 0.65;
    /** First measured mean F1 over the ten criteria 0.89; 0.91 after. */
    private static final double F1_FLOOR_MEAN = 0.89;

    TenthBlindSetRegressionGuardTest() {
        super(SET, Map.of("bad", 24L, "good", 26L, "minimal", 13L, "thankyou", 7L, "tricky", 10L),
                AUC_FLOOR, F1_FLOOR_EACH, F1_FLOOR_MEAN);
    }
}
