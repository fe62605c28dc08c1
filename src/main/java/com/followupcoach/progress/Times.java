package com.followupcoach.progress;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.Optional;

/** Times are stored as epoch milliseconds: compact, sortable, and quick to compare. */
final class Times {

    private Times() {
    }

    static Instant read(ResultSet rows, String column) throws SQLException {
        return Instant.ofEpochMilli(rows.getLong(column));
    }

    static Optional<Instant> readOptional(ResultSet rows, String column) throws SQLException {
        long millis = rows.getLong(column);
        return rows.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(millis));
    }

    static void bindOptional(PreparedStatement statement, int index, Optional<Instant> time) throws SQLException {
        if (time.isPresent()) {
            statement.setLong(index, time.get().toEpochMilli());
        } else {
            statement.setNull(index, Types.INTEGER);
        }
    }
}
