package com.followupcoach.ui.workshop;

import java.util.List;

/**
 * A letter walked through with the room one point at a time: a sample, a participant's
 * letter or one typed live.
 *
 * @param neutralTitle shown until the verdict is revealed, so the title gives nothing away
 * @param title        shown with the verdict
 * @param verdict      the last step's text
 * @param verdictStyle a style class for the verdict ("verdict-good"…), beside a text that says it
 */
record Walkthrough(String neutralTitle, String title, String body, List<RevealPoint> points, String verdict,
        String verdictStyle) {

    Walkthrough {
        points = List.copyOf(points);
    }
}
