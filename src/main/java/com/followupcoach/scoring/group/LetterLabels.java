package com.followupcoach.scoring.group;

/** Anonymous names for a group's letters: A, B, … Z, then AA, AB, … as spreadsheet columns go. */
public final class LetterLabels {

    private LetterLabels() {
    }

    /** @param position 0 for the first letter */
    public static String of(int position) {
        if (position < 0) {
            throw new IllegalArgumentException("position must be 0 or more: " + position);
        }
        StringBuilder label = new StringBuilder();
        int n = position;
        do {
            label.insert(0, (char) ('A' + n % 26));
            n = n / 26 - 1;
        } while (n >= 0);
        return label.toString();
    }
}
