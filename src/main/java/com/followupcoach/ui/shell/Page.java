package com.followupcoach.ui.shell;

import com.followupcoach.ui.common.AppIcon;
import org.kordamp.ikonli.Ikon;

/** The app's pages, in the order of the navigation bar. */
public enum Page {
    LESSONS("lessons", AppIcon.BOOK_OPEN_PAGE_VARIANT_OUTLINE),
    PRACTICE("practice", AppIcon.PENCIL_OUTLINE),
    PROGRESS("progress", AppIcon.CHART_LINE),
    WORKSHOP("workshop", AppIcon.PRESENTATION);

    private final String id;
    private final Ikon icon;

    Page(String id, Ikon icon) {
        this.id = id;
        this.icon = icon;
    }

    public String id() {
        return id;
    }

    Ikon icon() {
        return icon;
    }
}
