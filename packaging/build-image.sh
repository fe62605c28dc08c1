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

# The native libraries' symbol tables (4.4 MB, 4 of them libjvm.so's): nothing at run time
# reads them; the dynamic symbols stay. Only a crash log's frames inside the JVM lose their
# names. Before the class archives are made, so they are made with the libraries shipped.
if command -v strip >/dev/null 2>&1; then
  find "$image" -name '*.so' -exec strip --strip-unneeded {} +
else
  echo "build-image: native libraries left unstripped (strip not found: apt-get install binutils)"
fi

# Our launcher, with the options of packaging/jvm.options (comments and blank lines left out).
opts=$(grep -v -e '^#' -e '^[[:space:]]*$' packaging/jvm.options | sed 's/\${IMAGE}/$IMAGE/g; s/^/"/; s/$/"/' | tr '\n' ' ')
# The command-line tools' own options (packaging/cli-jvm.options), added for score and lessons.
cli_opts=$(grep -v -e '^#' -e '^[[:space:]]*$' packaging/cli-jvm.options | sed 's/^/"/; s/$/"/' | tr '\n' ' ')
write_launcher() {
  sed "s|@JVM_OPTIONS@|$1|; s|@CLI_JVM_OPTIONS@|${cli_opts% }|" packaging/launcher.sh > "$image/bin/followup-coach"
  chmod 755 "$image/bin/followup-coach"
}
write_launcher "${opts% }"
# A launcher whose JVM refuses one of its options never starts: stop the build instead
# (-XX:TrimNativeHeapInterval, for one, needs a JDK of 17.0.9 or later).
if ! refused=$(IMAGE=$image; eval "\"$image/bin/java\" ${opts% } -version" 2>&1); then
  echo "build-image: the image's JVM refuses an option of packaging/jvm.options: $(echo "$refused" | head -1)" >&2
  exit 1
fi

# The command line's class archive (lib/server/cli.jsa, about 16 MB): `score` and `lessons`
# start with their classes mapped instead of loaded, verified and linked one by one
# (docs/decisions/0005-packaging.md, "The command line's class archive"). A static archive,
# not a second dynamic one: picocli's classes are of an old class-file version, which this
# JDK's dynamic archives leave out, and they are most of what a short `score` loads.
# The training runs record the classes `score` (report, --json, --csv; a long letter takes
# the parallel path) and `lessons check` load; the archive is written beside, then moved in,
# so no half-written archive is ever mapped. The launcher uses it when it is there.
cli_archive=$image/lib/server/cli.jsa
if [[ ${APPCDS:-yes} == no ]]; then
  echo "build-image: command-line class archive skipped (APPCDS=no)"
else
  work=$(mktemp -d)
  letters=(src/test/resources/letters/00[1-4]-*.txt)
  for _ in 1 2 3 4; do cat src/test/resources/letters/*.txt; done > "$work/long-letter.txt"
  train() {
    JDK_JAVA_OPTIONS="-XX:DumpLoadedClassList=$work/$1.classlist" "$image/bin/followup-coach" "${@:2}" \
      >/dev/null 2>>"$work/training.log" || true
  }
  train report score "${letters[@]}" "$work/long-letter.txt"
  train json score --json "${letters[@]}"
  train csv score --csv "${letters[@]}"
  train lessons lessons check lessons
  # One list of each class once (the lists' ids only matter for classes of custom loaders,
  # which the app has none of).
  cat "$work"/*.classlist | sed 's/ id: [0-9]*$//' | awk '!seen[$0]++' > "$work/cli.classlist"
  cli_jvm=$(grep -h -v -e '^#' -e '^[[:space:]]*$' -e '^-D' -e '^-Xshare' packaging/jvm.options packaging/cli-jvm.options | tr '\n' ' ')
  # shellcheck disable=SC2086
  "$image/bin/java" -Xshare:dump $cli_jvm -XX:SharedClassListFile="$work/cli.classlist" \
    -XX:SharedArchiveFile="$work/cli.jsa" -m com.followupcoach/com.followupcoach.app.Main \
    >"$work/dump.log" 2>&1 || true
  if [[ -s $work/cli.jsa ]]; then
    mv "$work/cli.jsa" "$cli_archive"
  else
    echo "build-image: the command-line class archive was not made ($(grep -m1 -i error "$work/dump.log" || echo 'no archive written')); score runs with the window's archive"
  fi
  rm -rf "$work"
fi

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
