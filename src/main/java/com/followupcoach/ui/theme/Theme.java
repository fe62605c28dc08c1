package com.followupcoach.ui.theme;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.util.Arrays;
import java.util.Optional;

/** The colour themes: an AtlantaFX base and our own colour variables on top. */
public enum Theme {
    LIGHT("light", new PrimerLight().getUserAgentStylesheetBSS(), "light.css"),
    DARK("dark", new PrimerDark().getUserAgentStylesheetBSS(), "dark.css"),
    HIGH_CONTRAST("high-contrast", new PrimerDark().getUserAgentStylesheetBSS(), "high-contrast.css");

    private final String id;
    private final String userAgentStylesheet;
    private final String colourSheet;

    Theme(String id, String userAgentStylesheet, String colourSheet) {
        this.id = id;
        this.userAgentStylesheet = userAgentStylesheet;
        this.colourSheet = colourSheet;
    }

    public String id() {
        return id;
    }

    String userAgentStylesheet() {
        return userAgentStylesheet;
    }

    String colourSheet() {
        return colourSheet;
    }

    public static Optional<Theme> byId(String id) {
        return Arrays.stream(values()).filter(t -> t.id.equals(id)).findFirst();
    }
}
