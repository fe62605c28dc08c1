package com.followupcoach.progress;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
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
            try (PreparedStatement statement = connection.prepareStatement(
                    "INSERT INTO profile (name, created_at) VALUES (?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                long now = clock.millis();
                statement.setString(1, clean);
                statement.setLong(2, now);
                statement.executeUpdate();
                try (ResultSet keys = statement.getGeneratedKeys()) {
                    keys.next();
                    return new Profile(keys.getLong(1), clean, java.time.Instant.ofEpochMilli(now));
                }
            }
        });
    }

    public Profile rename(long profileId, String newName) {
        String clean = validName(newName);
        return database.write(connection -> {
            requireFree(connection, clean, Optional.of(profileId));
            try (PreparedStatement statement = connection.prepareStatement("UPDATE profile SET name = ? WHERE id = ?")) {
                statement.setString(1, clean);
                statement.setLong(2, profileId);
                if (statement.executeUpdate() == 0) {
                    throw new ProgressStoreException("There is no profile with id " + profileId + ".");
                }
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
            try (PreparedStatement statement = connection.prepareStatement("DELETE FROM profile WHERE id = ?")) {
                statement.setLong(1, profileId);
                return statement.executeUpdate();
            }
        });
    }

    /** All profiles, by name. */
    public List<Profile> list() {
        return database.read(connection -> {
            try (Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("SELECT id, name, created_at FROM profile ORDER BY name, id")) {
                List<Profile> profiles = new ArrayList<>();
                while (rows.next()) {
                    profiles.add(profile(rows));
                }
                return List.copyOf(profiles);
            }
        });
    }

    public Optional<Profile> find(long profileId) {
        return database.read(connection -> find(connection, profileId));
    }

    public Optional<Profile> findByName(String name) {
        return database.read(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT id, name, created_at FROM profile WHERE name = ?")) {
                statement.setString(1, name.strip());
                try (ResultSet rows = statement.executeQuery()) {
                    return rows.next() ? Optional.of(profile(rows)) : Optional.<Profile>empty();
                }
            }
        });
    }

    /** The profile used last (remembered app-wide), or the oldest one if that is gone. */
    public Profile lastActive() {
        return settings.app(SettingsRepository.LAST_PROFILE)
                .flatMap(SettingsRepository::parseInt)
                .flatMap(this::find)
                .orElseGet(() -> list().stream().min((a, b) -> Long.compare(a.id(), b.id())).orElseThrow());
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
        try (PreparedStatement statement = connection.prepareStatement("SELECT id FROM profile WHERE name = ?")) {
            statement.setString(1, name);
            try (ResultSet rows = statement.executeQuery()) {
                if (rows.next() && (except.isEmpty() || except.get() != rows.getLong(1))) {
                    throw new InvalidProfileNameException("A profile named \"" + name + "\" already exists.");
                }
            }
        }
    }

    private static Optional<Profile> find(Connection connection, long profileId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT id, name, created_at FROM profile WHERE id = ?")) {
            statement.setLong(1, profileId);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.of(profile(rows)) : Optional.empty();
            }
        }
    }

    private static int count(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT count(*) FROM profile")) {
            rows.next();
            return rows.getInt(1);
        }
    }

    private static Profile profile(ResultSet rows) throws SQLException {
        return new Profile(rows.getLong("id"), rows.getString("name"), Times.read(rows, "created_at"));
    }
}
