package com.followupcoach.progress;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Learners' profiles. Names are unique ignoring case and never blank. Deleting a profile
 * deletes all its progress (ON DELETE CASCADE); the last remaining profile cannot be
 * deleted, so the app always has one to show.
 */
public final class ProfileRepository {

    /** The profile created on first start. */
    public static final String DEFAULT_NAME = "Me";

    private final Database database;
    private final SettingsRepository settings;
    private final Clock clock;

    ProfileRepository(Database database, SettingsRepository settings, Clock clock) {
        this.database = database;
        this.settings = settings;
        this.clock = clock;
    }

    public Profile create(String name) {
        String clean = validName(name);
        return database.write(connection -> {
            requireFree(connection, clean, Optional.empty());
            Instant now = Instant.ofEpochMilli(clock.millis());
            long id = Sql.insert(connection, "INSERT INTO profile (name, created_at) VALUES (?, ?)", clean, now);
            return new Profile(id, clean, now);
        });
    }

    public Profile rename(long profileId, String newName) {
        String clean = validName(newName);
        return database.write(connection -> {
            requireFree(connection, clean, Optional.of(profileId));
            if (Sql.update(connection, "UPDATE profile SET name = ? WHERE id = ?", clean, profileId) == 0) {
                throw new ProgressStoreException("There is no profile with id " + profileId + ".");
            }
            return find(connection, profileId).orElseThrow();
        });
    }

    /** Deletes the profile and everything it did. */
    public void delete(long profileId) {
        database.write(connection -> {
            if (count(connection) <= 1) {
                throw new ProgressStoreException("The last profile cannot be deleted: create another one first.");
            }
            return Sql.update(connection, "DELETE FROM profile WHERE id = ?", profileId);
        });
    }

    /** All profiles, by name. */
    public List<Profile> list() {
        return database.list(SELECT + " ORDER BY name, id", ProfileRepository::profile);
    }

    public Optional<Profile> find(long profileId) {
        return database.read(connection -> find(connection, profileId));
    }

    public Optional<Profile> findByName(String name) {
        return database.first(SELECT + " WHERE name = ?", ProfileRepository::profile, name.strip());
    }

    /** The profile used last (remembered app-wide), or the oldest one if that is gone. */
    public Profile lastActive() {
        return settings.app(SettingsRepository.LAST_PROFILE)
                .flatMap(SettingsRepository::parseInt)
                .flatMap(this::find)
                .orElseGet(() -> database.first(SELECT + " ORDER BY id LIMIT 1", ProfileRepository::profile).orElseThrow());
    }

    public void setActive(long profileId) {
        if (find(profileId).isEmpty()) {
            throw new ProgressStoreException("There is no profile with id " + profileId + ".");
        }
        settings.setApp(SettingsRepository.LAST_PROFILE, Long.toString(profileId));
    }

    /** {@code wanted}, or "wanted (2)", "wanted (3)"… whichever is free first. */
    public String freeName(String wanted) {
        String base = validName(wanted);
        String candidate = base;
        for (int n = 2; findByName(candidate).isPresent(); n++) {
            candidate = base + " (" + n + ")";
        }
        return candidate;
    }

    /** On first start, the one profile a learner needs before thinking about profiles. */
    void ensureOne() {
        database.write(connection -> {
            if (count(connection) == 0) {
                create(DEFAULT_NAME);
            }
            return null;
        });
    }

    private static String validName(String name) {
        if (name == null || name.isBlank()) {
            throw new InvalidProfileNameException("A profile needs a name.");
        }
        return name.strip();
    }

    private static void requireFree(Connection connection, String name, Optional<Long> except) throws SQLException {
        Optional<Long> holder = Sql.first(connection, "SELECT id FROM profile WHERE name = ?", row -> row.getLong(1), name);
        if (holder.isPresent() && !holder.equals(except)) {
            throw new InvalidProfileNameException("A profile named \"" + name + "\" already exists.");
        }
    }

    private static Optional<Profile> find(Connection connection, long profileId) throws SQLException {
        return Sql.first(connection, SELECT + " WHERE id = ?", ProfileRepository::profile, profileId);
    }

    private static int count(Connection connection) throws SQLException {
        return Sql.first(connection, "SELECT count(*) FROM profile", row -> row.getInt(1)).orElseThrow();
    }

    private static final String SELECT = "SELECT id, name, created_at FROM profile";

    private static Profile profile(ResultSet rows) throws SQLException {
        return new Profile(rows.getLong("id"), rows.getString("name"), Times.read(rows, "created_at"));
    }
}
