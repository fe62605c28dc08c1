package com.followupcoach.progress;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the app keeps {@code progress.db} when no {@code --data-dir} is given: the
 * operating system's per-user data folder. The environment, OS name and home folder are
 * passed in, so every platform's rule is tested on any machine.
 */
public final class DataFolder {

    static final String APP_FOLDER = "Follow-Up Coach";
    static final String XDG_APP_FOLDER = "followup-coach";

    private DataFolder() {
    }

    /** The folder for this machine's user. */
    public static Path forCurrentUser() {
        return resolve(System.getenv(), System.getProperty("os.name", ""), Path.of(System.getProperty("user.home")));
    }

    static Path resolve(Map<String, String> env, String osName, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            Path base = isSet(appData) ? Path.of(appData) : home.resolve("AppData").resolve("Roaming");
            return base.resolve(APP_FOLDER);
        }
        if (os.startsWith("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve(APP_FOLDER);
        }
        // Linux and other Unix: the XDG base directory rule; a relative XDG_DATA_HOME is
        // invalid by that rule and ignored.
        String xdg = env.get("XDG_DATA_HOME");
        Path base = isSet(xdg) && Path.of(xdg).isAbsolute() ? Path.of(xdg) : home.resolve(".local").resolve("share");
        return base.resolve(XDG_APP_FOLDER);
    }

    private static boolean isSet(String value) {
        return value != null && !value.isBlank();
    }
}
