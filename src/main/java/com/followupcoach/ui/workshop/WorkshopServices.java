package com.followupcoach.ui.workshop;

import com.followupcoach.scoring.ScoringEngine;
import java.time.Clock;
import java.util.concurrent.Executor;

/**
 * What the Workshop needs beyond the lessons.
 *
 * @param clock      the timer's time source (a fake one in tests)
 * @param background where a group's letters are read and scored
 * @param fx         the FX thread's executor, for handing results back
 */
public record WorkshopServices(ScoringEngine engine, GroupFiles files, Clock clock, Executor background, Executor fx) {
}
