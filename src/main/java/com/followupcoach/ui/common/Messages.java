package com.followupcoach.ui.common;

import java.text.MessageFormat;
import java.util.ResourceBundle;

/** Every user-facing text of the UI, from one resource bundle. */
public final class Messages {

    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("com.followupcoach.ui.messages");

    private Messages() {
    }

    public static String get(String key) {
        return BUNDLE.getString(key);
    }

    public static String format(String key, Object... arguments) {
        return MessageFormat.format(BUNDLE.getString(key), arguments);
    }

    public static ResourceBundle bundle() {
        return BUNDLE;
    }
}
