package com.followupcoach.ui.common;

import org.kordamp.ikonli.Ikon;

/**
 * The Material Design icons the app shows, by the same names as Ikonli's
 * {@code MaterialDesignA}..{@code Z}. Those enums hold every icon of the font (about 7,000):
 * touching one constant loads its letter's whole class, and with it the description strings
 * and instances of all its icons, about 2 MB of heap and class data for the letters the app
 * uses, kept for the app's life. The descriptions here carry Ikonli's prefixes
 * ({@code mdi2c-} and so on), so the Material Design 2 font handlers still find the font.
 */
public enum AppIcon implements Ikon {
    ACCOUNT_CIRCLE_OUTLINE("mdi2a-account-circle-outline", 0xF0B55),
    ACCOUNT_GROUP_OUTLINE("mdi2a-account-group-outline", 0xF0B58),
    ACCOUNT_PLUS_OUTLINE("mdi2a-account-plus-outline", 0xF0801),
    ALERT_CIRCLE_OUTLINE("mdi2a-alert-circle-outline", 0xF05D6),
    ARROW_LEFT("mdi2a-arrow-left", 0xF004D),
    ARROW_RIGHT("mdi2a-arrow-right", 0xF0054),
    BOOK_OPEN_PAGE_VARIANT_OUTLINE("mdi2b-book-open-page-variant-outline", 0xF15D6),
    CHART_LINE("mdi2c-chart-line", 0xF012A),
    CHECK_ALL("mdi2c-check-all", 0xF012D),
    CHECK_CIRCLE("mdi2c-check-circle", 0xF05E0),
    CHECK_CIRCLE_OUTLINE("mdi2c-check-circle-outline", 0xF05E1),
    CIRCLE_OUTLINE("mdi2c-circle-outline", 0xF0766),
    CLIPBOARD_CHECK_OUTLINE("mdi2c-clipboard-check-outline", 0xF08A8),
    CLOSE("mdi2c-close", 0xF0156),
    CLOSE_CIRCLE("mdi2c-close-circle", 0xF0159),
    COFFEE_OUTLINE("mdi2c-coffee-outline", 0xF06CA),
    CONTENT_COPY("mdi2c-content-copy", 0xF018F),
    DELETE_OUTLINE("mdi2d-delete-outline", 0xF09E7),
    EMAIL_EDIT_OUTLINE("mdi2e-email-edit-outline", 0xF0EE4),
    EMAIL_OPEN_OUTLINE("mdi2e-email-open-outline", 0xF05EF),
    EXPORT("mdi2e-export", 0xF0207),
    FILE_COMPARE("mdi2f-file-compare", 0xF08AA),
    FILE_DELIMITED_OUTLINE("mdi2f-file-delimited-outline", 0xF0EA5),
    FILE_EXPORT_OUTLINE("mdi2f-file-export-outline", 0xF102E),
    FLAG_REMOVE_OUTLINE("mdi2f-flag-remove-outline", 0xF10B4),
    FLASH_OUTLINE("mdi2f-flash-outline", 0xF06D5),
    FOLDER_OPEN_OUTLINE("mdi2f-folder-open-outline", 0xF0DCF),
    GRID("mdi2g-grid", 0xF02C1),
    HELP_CIRCLE_OUTLINE("mdi2h-help-circle-outline", 0xF0625),
    HISTORY("mdi2h-history", 0xF02DA),
    HOME_OUTLINE("mdi2h-home-outline", 0xF06A1),
    IMPORT("mdi2i-import", 0xF02FA),
    KEYBOARD_OUTLINE("mdi2k-keyboard-outline", 0xF097B),
    MAGNIFY_MINUS_OUTLINE("mdi2m-magnify-minus-outline", 0xF06EC),
    MAGNIFY_PLUS_OUTLINE("mdi2m-magnify-plus-outline", 0xF06ED),
    MINUS_CIRCLE_OUTLINE("mdi2m-minus-circle-outline", 0xF0377),
    PAUSE("mdi2p-pause", 0xF03E4),
    PENCIL_OUTLINE("mdi2p-pencil-outline", 0xF0CB6),
    PLAY("mdi2p-play", 0xF040A),
    PLAY_CIRCLE_OUTLINE("mdi2p-play-circle-outline", 0xF040D),
    PLAY_OUTLINE("mdi2p-play-outline", 0xF0F1B),
    PLUS("mdi2p-plus", 0xF0415),
    PRESENTATION("mdi2p-presentation", 0xF0428),
    PRESENTATION_PLAY("mdi2p-presentation-play", 0xF0429),
    PRINTER("mdi2p-printer", 0xF042A),
    PROGRESS_CLOCK("mdi2p-progress-clock", 0xF0996),
    PROJECTOR("mdi2p-projector", 0xF042E),
    REDO("mdi2r-redo", 0xF044E),
    RESTART("mdi2r-restart", 0xF0709),
    RESTORE("mdi2r-restore", 0xF099B),
    SCHOOL_OUTLINE("mdi2s-school-outline", 0xF1180),
    SEND("mdi2s-send", 0xF048A),
    SWAP_HORIZONTAL("mdi2s-swap-horizontal", 0xF04E1),
    TABLE("mdi2t-table", 0xF04EB),
    TARGET("mdi2t-target", 0xF04FE),
    TIMER_OUTLINE("mdi2t-timer-outline", 0xF051B),
    UNDO("mdi2u-undo", 0xF054C);

    private final String description;
    private final int code;

    AppIcon(String description, int code) {
        this.description = description;
        this.code = code;
    }

    @Override
    public String getDescription() {
        return description;
    }

    @Override
    public int getCode() {
        return code;
    }
}
