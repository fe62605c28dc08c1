package com.followupcoach.ui.practice;

import com.followupcoach.vocabulary.Finding;

/** What a finding card's buttons do; the view routes them to the editor and the view model. */
interface FindingActions {

    /** Replaces the finding's words with its suggestion, as one undoable edit. */
    void apply(Finding finding);

    /** "This flag is wrong". */
    void dismiss(Finding finding);

    void openLesson(String lessonId);
}
