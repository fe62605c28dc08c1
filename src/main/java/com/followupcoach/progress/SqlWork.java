package com.followupcoach.progress;

import java.sql.Connection;
import java.sql.SQLException;

/** A piece of JDBC work run by {@link Database} while it holds its lock. */
@FunctionalInterface
interface SqlWork<T> {
    T run(Connection connection) throws SQLException;
}
