package com.followupcoach.ui.lessons;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/** Where a learner stands with a module. */
public enum LessonStatus {
    NEW(MaterialDesignC.CIRCLE_OUTLINE),
    IN_PROGRESS(MaterialDesignP.PROGRESS_CLOCK),
    DONE(MaterialDesignC.CHECK_CIRCLE);

    private final Ikon icon;

    LessonStatus(Ikon icon) {
        this.icon = icon;
    }

    /** Each status has its own shape, so it reads without colour. */
    public Ikon icon() {
        return icon;
    }
}
