#!/usr/bin/env bash
# Builds the runtime image target/image from the jar and target/modules (mvn package runs
# this; see docs/decisions/0004-packaging.md for why each step is here).
set -euo pipefail
cd "$(dirname "$0")/.."
jdk=${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}
image=target/image

# sqlite-jdbc's descriptor, less java.sql.rowset (packaging/sqlite-jdbc/module-info.java).
# jar's old-style update: its --release form refuses this jar's multi-release layout.
sqlite_jar=$(ls target/modules/sqlite-jdbc-*.jar)
descriptor=target/sqlite-descriptor
rm -rf "$descriptor"
"$jdk/bin/javac" --release 17 -d "$descriptor/META-INF/versions/9" \
  --patch-module org.xerial.sqlitejdbc="$sqlite_jar" packaging/sqlite-jdbc/module-info.java
"$jdk/bin/jar" uf "$sqlite_jar" -C "$descriptor" META-INF/versions/9/module-info.class

# jlink refuses an existing output folder.
rm -rf "$image"
"$jdk/bin/jlink" @jlink.cfg

# The second CDS archive serves only heaps over 32 GB (no compressed pointers).
rm -f "$image"/lib/server/classes_nocoops.jsa

# Native libraries sit in the image's library folder instead of inside the modules:
# JavaFX and SQLite would otherwise unpack them into ~/.openjfx and /tmp at every start.
# jlink.cfg leaves them out of the modules; only this platform's copies come back here.
case "$(uname -s)" in MINGW*|MSYS*|CYGWIN*) libdir="$image/bin" ;; *) libdir="$image/lib" ;; esac
for jar in target/modules/javafx-graphics-*-*.jar; do
  unzip -q -o -j "$jar" '*.so' '*.dll' '*.dylib' -x '*/*' -d "$libdir" 2>/dev/null || true
done
platform=$("$jdk/bin/java" -cp "$sqlite_jar" org.sqlite.util.OSInfo)
unzip -q -o -j "$sqlite_jar" "org/sqlite/native/$platform/*" -d "$libdir"

# Our launcher, with the options of packaging/jvm.options (comments and blank lines left out).
opts=$(grep -v -e '^#' -e '^[[:space:]]*$' packaging/jvm.options | sed 's/\${IMAGE}/$IMAGE/g; s/^/"/; s/$/"/' | tr '\n' ' ')
sed "s|@JVM_OPTIONS@|${opts% }|" packaging/launcher.sh > "$image/bin/followup-coach"
chmod 755 "$image/bin/followup-coach"
