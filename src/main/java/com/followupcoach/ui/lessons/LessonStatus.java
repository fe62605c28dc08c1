package com.followupcoach.ui.lessons;

import com.followupcoach.ui.common.AppIcon;
import org.kordamp.ikonli.Ikon;

/** Where a learner stands with a module. */
public enum LessonStatus {
    NEW(AppIcon.CIRCLE_OUTLINE),
    IN_PROGRESS(AppIcon.PROGRESS_CLOCK),
    DONE(AppIcon.CHECK_CIRCLE);

    private final Ikon icon;

    LessonStatus(Ikon icon) {
        this.icon = icon;
    }

    /** Each status has its own shape, so it reads without colour. */
    public Ikon icon() {
        return icon;
    }
}
