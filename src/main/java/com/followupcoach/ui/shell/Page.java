package com.followupcoach.ui.shell;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignB;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/** The app's pages, in the order of the navigation bar. */
public enum Page {
    LESSONS("lessons", MaterialDesignB.BOOK_OPEN_PAGE_VARIANT_OUTLINE),
    PRACTICE("practice", MaterialDesignP.PENCIL_OUTLINE),
    PROGRESS("progress", MaterialDesignC.CHART_LINE),
    WORKSHOP("workshop", MaterialDesignP.PRESENTATION);

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
