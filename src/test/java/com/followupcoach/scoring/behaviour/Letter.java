package com.followupcoach.scoring.behaviour;

/** A generated letter and the situation it answers. */
record Letter(String text, Setting setting) {

    static Letter bare(String text) {
        return new Letter(text, Setting.NONE);
    }
}
