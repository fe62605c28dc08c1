package com.followupcoach.ui.practice;

import com.followupcoach.ui.common.Messages;
import com.followupcoach.vocabulary.Criterion;
import com.followupcoach.vocabulary.Status;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;

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
            case MET -> MaterialDesignC.CHECK_CIRCLE;
            case PARTIAL -> MaterialDesignA.ALERT_CIRCLE_OUTLINE;
            case MISSING -> MaterialDesignC.CLOSE_CIRCLE;
            case NOT_ASSESSED -> MaterialDesignM.MINUS_CIRCLE_OUTLINE;
        };
    }
}
