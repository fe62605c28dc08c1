package com.followupcoach.lessons;

/** How a question is answered; the file spells these in lower case. */
public enum QuestionKind {
    /** exactly one correct option */
    SINGLE,
    /** one or more correct options; the learner must choose all of them and nothing else */
    MULTIPLE,
    /** a short situation, then exactly one correct option */
    SCENARIO;

    /** Whether the learner picks one option (radio buttons) rather than several (check boxes). */
    public boolean singleAnswer() {
        return this != MULTIPLE;
    }
}
