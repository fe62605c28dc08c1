package com.followupcoach.files;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * The app's folder in the user's cache (XDG on Linux, Library/Caches on macOS, the local
 * application data on Windows): what can be made again from other files, such as the
 * snapshots of trainers' rubrics and the native libraries the app unpacks.
 */
public final class CacheFolder {

    private CacheFolder() {
    }

    /** The folder for this user on this system. */
    public static Path current() {
        return of(System.getenv(), System.getProperty("os.name", ""), Path.of(System.getProperty("user.home")));
    }

    public static Path of(Map<String, String> env, String osName, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String local = env.get("LOCALAPPDATA");
            Path base = local != null && !local.isBlank() ? Path.of(local) : home.resolve("AppData").resolve("Local");
            return base.resolve("Follow-Up Coach").resolve("Cache");
        }
        if (os.startsWith("mac")) {
            return home.resolve("Library").resolve("Caches").resolve("Follow-Up Coach");
        }
        String xdg = env.get("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg) : home.resolve(".cache");
        return base.resolve("followup-coach");
    }
}
