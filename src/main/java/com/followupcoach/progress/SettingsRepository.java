package com.followupcoach.progress;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Key/value settings: app-wide ones (theme, zoom, last profile, cool-down) and each
 * profile's own. Values are text; the typed accessors below parse them with defaults, so a
 * hand-edited or missing value never stops the app.
 */
public final class SettingsRepository {

    public static final String THEME = "theme";
    public static final String ZOOM = "zoom";
    public static final String COOL_DOWN_HOURS = "cool_down_hours";
    static final String LAST_PROFILE = "last_profile_id";

    /** The article's advice is to wait and reflect; a day is the suggested minimum. */
    public static final int DEFAULT_COOL_DOWN_HOURS = 24;

    private final Database database;

    SettingsRepository(Database database) {
        this.database = database;
    }

    public Optional<String> app(String key) {
        return database.first("SELECT value FROM app_setting WHERE key = ?", row -> row.getString(1), key);
    }

    public void setApp(String key, String value) {
        database.update("INSERT INTO app_setting (key, value) VALUES (?, ?)"
                + " ON CONFLICT (key) DO UPDATE SET value = excluded.value", key, value);
    }

    public Optional<String> profile(long profileId, String key) {
        return database.first("SELECT value FROM profile_setting WHERE profile_id = ? AND key = ?", row -> row.getString(1),
                profileId, key);
    }

    public void setProfile(long profileId, String key, String value) {
        database.update("INSERT INTO profile_setting (profile_id, key, value) VALUES (?, ?, ?)"
                + " ON CONFLICT (profile_id, key) DO UPDATE SET value = excluded.value", profileId, key, value);
    }

    /** All of a profile's own settings, by key. */
    public Map<String, String> allOfProfile(long profileId) {
        Map<String, String> values = new TreeMap<>();
        database.list("SELECT key, value FROM profile_setting WHERE profile_id = ? ORDER BY key",
                row -> Map.entry(row.getString(1), row.getString(2)), profileId)
                .forEach(setting -> values.put(setting.getKey(), setting.getValue()));
        return Collections.unmodifiableMap(values);
    }

    public Optional<String> theme() {
        return app(THEME);
    }

    public void setTheme(String theme) {
        setApp(THEME, theme);
    }

    /** The zoom factor, 1.0 unless set to a positive number. */
    public double zoom() {
        return app(ZOOM).flatMap(SettingsRepository::parseDouble).filter(z -> z > 0).orElse(1.0);
    }

    public void setZoom(double zoom) {
        if (!(zoom > 0)) {
            throw new IllegalArgumentException("zoom must be positive: " + zoom);
        }
        setApp(ZOOM, Double.toString(zoom));
    }

    /** Hours to wait after marking a letter ready before the app suggests a review. */
    public int coolDownHours() {
        return app(COOL_DOWN_HOURS).flatMap(SettingsRepository::parseInt).filter(h -> h >= 0)
                .orElse(DEFAULT_COOL_DOWN_HOURS);
    }

    public void setCoolDownHours(int hours) {
        if (hours < 0) {
            throw new IllegalArgumentException("cool-down hours must not be negative: " + hours);
        }
        setApp(COOL_DOWN_HOURS, Integer.toString(hours));
    }

    private static Optional<Double> parseDouble(String text) {
        try {
            return Optional.of(Double.parseDouble(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    static Optional<Integer> parseInt(String text) {
        try {
            return Optional.of(Integer.parseInt(text.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
