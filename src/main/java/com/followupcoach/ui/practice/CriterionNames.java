package com.followupcoach.ui.practice;

import com.followupcoach.ui.common.AppIcon;
import com.followupcoach.ui.common.Messages;
import com.followupcoach.vocabulary.Criterion;
import com.followupcoach.vocabulary.Status;
import org.kordamp.ikonli.Ikon;

/** How criteria and statuses are named and drawn, in one place. */
public final class CriterionNames {

    private CriterionNames() {
    }

    public static String name(Criterion criterion) {
        return Messages.get("criterion." + criterion.id());
    }

    public static String status(Status status) {
        return Messages.get("status." + status.id());
    }

    /** Each status has its own shape, so the checklist reads without colour. */
    public static Ikon icon(Status status) {
        return switch (status) {
            case MET -> AppIcon.CHECK_CIRCLE;
            case PARTIAL -> AppIcon.ALERT_CIRCLE_OUTLINE;
            case MISSING -> AppIcon.CLOSE_CIRCLE;
            case NOT_ASSESSED -> AppIcon.MINUS_CIRCLE_OUTLINE;
        };
    }
}
