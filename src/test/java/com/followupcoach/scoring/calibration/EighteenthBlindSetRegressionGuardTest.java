package com.followupcoach.scoring.calibration;

import java.util.Map;

/**
 * A regression guard, not an accuracy claim: {@code letters-blind-18} holds 80 letters written
 * and labelled by a writer who saw none of the engine, asked for appeals, demands and tone problems
 * in a measured register, scored once before any of its classes (docs/blind-sets-18-19-21.md) and then
 * used for the sixteenth session's formal-register classes. The floors sit a little below the
 * figures of the engine it was tuned with and fail only when a change makes the engine worse on
 * letters it handles.
 */
class EighteenthBlindSetRegressionGuardTest extends BlindSetRegressionGuard {

    private static final String SET = "/letters-blind-18";
    /** First measured 0.97 / 1.00 / 0.99 (engine of 74a03f2); 1.00 / 1.00 / 0.99 after. */
    private static final double AUC_FLOOR = 0.97;
    /** Lowest F1 first 0.67 (personalization, two letters), after 0.87 (tone: a writer's calm demand and two chatty letters). */
    private static final double F1_FLOOR_EACH = 0.84;
    /** First measured mean F1 over the ten criteria 0.89; 0.96 after. */
    private static final double F1_FLOOR_MEAN = 0.94;

    EighteenthBlindSetRegressionGuardTest() {
        super(SET, Map.of("bad", 24L, "good", 26L, "minimal", 12L, "thankyou", 6L, "tricky", 12L),
                AUC_FLOOR, F1_FLOOR_EACH, F1_FLOOR_MEAN);
    }
}
