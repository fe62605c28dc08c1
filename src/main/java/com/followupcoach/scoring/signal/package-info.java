/**
 * The seam between detectors and judgement: detectors (rules, contact, layout, genre,
 * employer, mechanics, repetition) emit {@link com.followupcoach.scoring.signal.Signal}s,
 * and each criterion's policy, declared in the rubric, turns them into a status.
 */
package com.followupcoach.scoring.signal;
