// sqlite-jdbc's own descriptor, less `requires transitive java.sql.rowset`: no class of it
// uses java.sql.rowset (jdeps), which alone pulled java.sql.rowset, java.naming and
// java.security.sasl into the image. packaging/build-image.sh compiles this over the jar's.
// `requires static org.slf4j` stays as in the original: the driver logs through SLF4J
// whenever SLF4J is in the image (OpenNLP brings it), and fails to open without it.
module org.xerial.sqlitejdbc {
    requires transitive java.sql;
    requires static org.slf4j;

    exports org.sqlite;
    exports org.sqlite.core;
    exports org.sqlite.date;
    exports org.sqlite.javax;
    exports org.sqlite.jdbc3;
    exports org.sqlite.jdbc4;
    exports org.sqlite.util;

    provides java.sql.Driver with org.sqlite.JDBC;
}
