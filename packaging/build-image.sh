#!/usr/bin/env bash
# Builds the runtime image target/image from the jar and target/modules (mvn package runs
# this; see docs/decisions/0005-packaging.md for why each step is here).
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
  --module-path "$(ls target/modules/slf4j-api-*.jar)" \
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
# The command-line tools' own options (packaging/cli-jvm.options), added for score and lessons.
cli_opts=$(grep -v -e '^#' -e '^[[:space:]]*$' packaging/cli-jvm.options | sed 's/^/"/; s/$/"/' | tr '\n' ' ')
write_launcher() {
  sed "s|@JVM_OPTIONS@|$1|; s|@CLI_JVM_OPTIONS@|${cli_opts% }|" packaging/launcher.sh > "$image/bin/followup-coach"
  chmod 755 "$image/bin/followup-coach"
}
write_launcher "${opts% }"

# AppCDS: the classes the app loads until its first screen is up (JavaFX, the libraries and
# its own), archived by one training run, start the app faster than a bare JavaFX window
# starts without it (docs/decisions/0005-packaging.md). The training run needs a display:
# a private Xvfb. Monocle cannot stand in, since CDS is off whenever --patch-module is used.
# Without Xvfb the image is built without the archive, and says so.
archive=$image/lib/server/app.jsa
if [[ ${APPCDS:-yes} == no ]]; then
  echo "build-image: AppCDS archive skipped (APPCDS=no)"
elif ! command -v xvfb-run >/dev/null 2>&1; then
  echo "build-image: AppCDS archive skipped (the training run needs xvfb-run: apt-get install xvfb xauth)"
else
  home=$(mktemp -d)
  # SIGTERM ends the app as a logout would; the JVM writes the archive as it exits.
  HOME="$home" XDG_DATA_HOME="$home" JDK_JAVA_OPTIONS="-XX:ArchiveClassesAtExit=$archive" \
    xvfb-run -a sh -c '"$0" & app=$!; sleep "${APPCDS_TRAINING_SECONDS:-10}"; kill -TERM $app; wait $app' \
    "$image/bin/followup-coach" >"$home/training.log" 2>&1 || true
  # The training run is also the image's only start of the real window: an image whose app
  # cannot start (a module it cannot read, a missing native library) fails the build here.
  if failed=$(grep -m1 'could not start' "$home/training.log"); then
    rm -rf "$home"
    echo "build-image: the app in the image did not start: $failed" >&2
    exit 1
  fi
  rm -rf "$home"
  if [[ -f $archive ]]; then
    write_launcher "${opts% } \"-XX:SharedArchiveFile=\$IMAGE/lib/server/app.jsa\""
  else
    echo "build-image: the AppCDS training run made no archive; the image runs without it"
  fi
fi
