#!/usr/bin/env bash
# The command line's class archive (lib/server/cli.jsa, made by build-image.sh) in use and
# its absence: `score` maps its classes (picocli's among them) from the archive, and gives
# the same output, with nothing on stderr, when the archive is missing or is not an archive
# the runtime can use (a damaged or foreign file): the launcher then runs score with the
# window's archive, or the JVM without one. `mvn verify` runs this on target/image;
# packaging/test-deb.sh on the installed package.
# usage: packaging/test-cli-archive.sh [IMAGE]    (default target/image)
set -euo pipefail
cd "$(dirname "$0")/.."
image=${1:-target/image}
archive=$image/lib/server/cli.jsa
fail() { echo "cli archive test: FAILED: $*" >&2; exit 1; }
if [[ ! -f $archive ]]; then
  echo "cli archive test: skipped ($archive was not built)"
  exit 0
fi
work=$(mktemp -d)
aside=$work/cli.jsa.kept
restore() { if [[ -f $aside ]]; then mv -f "$aside" "$archive"; fi; rm -rf "$work"; }
trap restore EXIT
letter=src/test/resources/letters/001-staff-nurse-respiratory.txt
run() { "$image/bin/followup-coach" score --json "$letter" >"$work/$1.out" 2>"$work/$1.err" || fail "score ($1) exited with $?"; }

run archive
[[ ! -s $work/archive.err ]] || fail "score printed on stderr: $(head -1 "$work/archive.err")"
JDK_JAVA_OPTIONS=-Xlog:class+load=info "$image/bin/followup-coach" score "$letter" 2>/dev/null \
  | grep -q 'picocli.CommandLine source: shared objects file' \
  || fail "score did not load picocli from the class archive"

mv "$archive" "$aside"
run missing
cmp -s "$work/archive.out" "$work/missing.out" || fail "score without the archive printed something else"
[[ ! -s $work/missing.err ]] || fail "score without the archive printed on stderr: $(head -1 "$work/missing.err")"

# Not an archive this runtime can map: the JVM must pass over it silently.
head -c 65536 /dev/urandom > "$archive"
run unusable
cmp -s "$work/archive.out" "$work/unusable.out" || fail "score with an unusable archive printed something else"
[[ ! -s $work/unusable.err ]] || fail "score with an unusable archive printed on stderr: $(head -1 "$work/unusable.err")"
rm -f "$archive"

echo "cli archive test: score uses $archive, and gives the same output silently without it or with an unusable one"
