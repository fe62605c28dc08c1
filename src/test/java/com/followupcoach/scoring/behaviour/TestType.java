package com.followupcoach.scoring.behaviour;

/** The kinds of behavioural test, after CheckList, plus pairwise ranking. */
enum TestType {
    MFT("minimum function: one letter, an expected judgement"),
    INV("invariance: a change of surface that must change nothing"),
    DIR("direction: a change that may move the judgement one way only"),
    RANK("ranking: one letter must score clearly above another");

    private final String meaning;

    TestType(String meaning) {
        this.meaning = meaning;
    }

    String meaning() {
        return meaning;
    }
}
