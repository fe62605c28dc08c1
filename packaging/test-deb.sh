#!/usr/bin/env bash
# The .deb in use: build it, install it with dpkg, run the installed command (--version,
# score on a sample letter, with and without its class archive, a progress import and export through SQLite), check the desktop entry and icon, remove it and check that
# nothing of it is left. `mvn verify` runs this; it needs root and dpkg, and says so once
# and skips where they are missing.
set -euo pipefail
cd "$(dirname "$0")/.."
package=followup-coach
if [[ $(id -u) -ne 0 ]] || ! command -v dpkg >/dev/null 2>&1; then
  echo "deb test: skipped (installing a .deb needs root and dpkg)"
  exit 0
fi
if dpkg -s "$package" >/dev/null 2>&1; then
  echo "deb test: skipped ($package is installed on this machine; the test would remove it)"
  exit 0
fi
fail() { echo "deb test: FAILED: $*" >&2; exit 1; }

# the package as released, but quickly compressed: dpkg-deb's default xz takes minutes here
DPKG_DEB_COMPRESSOR_TYPE=gzip DPKG_DEB_COMPRESSOR_LEVEL=1 packaging/build-deb.sh >/dev/null
deb=$(ls target/installer/${package}_*.deb)
trap 'dpkg --purge "$package" >/dev/null 2>&1 || true' EXIT
dpkg -i "$deb" >/dev/null || fail "dpkg -i $deb"
files=$(dpkg -L "$package")

[[ $(command -v followup-coach) == /usr/bin/followup-coach ]] || fail "followup-coach is not on the PATH"
[[ $(readlink -f /usr/bin/followup-coach) == /usr/lib/followup-coach/runtime/bin/followup-coach ]] \
  || fail "the command on the PATH is not the image's launcher (score would run without its own JVM options)"
version=$(sed -n 's:.*<version>\(.*\)</version>.*:\1:p' pom.xml | head -1)
[[ $(followup-coach --version) == "Follow-Up Coach $version" ]] || fail "followup-coach --version printed: $(followup-coach --version)"
letter=$(mktemp)
cat > "$letter" <<'LETTER'
Dear Ms Rossi,

Thank you for letting me know your decision, and for the time you and the panel gave me.
I understand, and I enjoyed learning about the library's plans. Please keep me in mind for
other openings. If you have a moment, I would value any feedback on my interview.

Kind regards,
Joel Fischer
joel.fischer@example.org, 07700 900123
LETTER
scored=$(followup-coach score "$letter") || fail "followup-coach score exited with $?"
rm -f "$letter"
[[ $scored =~ :\ [0-9]+/100 ]] || fail "followup-coach score printed no score: $scored"

# The command line's class archive travels in the package, and the installed score uses it
# (and runs the same without it).
grep -qx /usr/lib/followup-coach/runtime/lib/server/cli.jsa <<< "$files" \
  || fail "the package does not carry the command line's class archive"
packaging/test-cli-archive.sh /usr/lib/followup-coach/runtime >/dev/null || fail "the installed class archive (above)"

# The progress store: an import then an export opens SQLite through the installed image
# (its native library and its module wiring), which score and --version never touch.
store=$(mktemp -d)
cat > "$store/in.json" <<'PROGRESS'
{"format": "followup-coach-progress", "version": 1, "exportedAt": "2026-03-02T09:00:00Z",
 "profile": {"name": "Deb Test", "createdAt": "2026-03-01T08:00:00Z"},
 "lessons": [], "quizzes": [], "attempts": [], "drafts": [], "dismissedFlags": [], "readyMarks": [], "settings": {}}
PROGRESS
imported=$(followup-coach progress import --data-dir "$store/data" "$store/in.json" 2>&1) \
  || fail "followup-coach progress import exited with $?: $imported"
[[ $imported == Imported*"Deb Test"* ]] || fail "progress import printed: $imported"
followup-coach progress export --data-dir "$store/data" --profile "Deb Test" --out "$store/out.json" >/dev/null 2>"$store/err" \
  || fail "followup-coach progress export exited with $?: $(cat "$store/err")"
grep -q '"name" : "Deb Test"' "$store/out.json" || fail "the exported progress does not hold the imported profile"
[[ ! -s $store/err ]] || fail "the store printed on stderr: $(cat "$store/err")"
rm -rf "$store"

entry=/usr/share/applications/$package.desktop
[[ -f $entry ]] || fail "no desktop entry $entry"
grep -qx 'Name=Follow-Up Coach' "$entry" || fail "the desktop entry does not name the app"
grep -qx 'Exec=/usr/bin/followup-coach' "$entry" || fail "the desktop entry does not start the installed launcher"
icon=/usr/share/icons/hicolor/128x128/apps/$(sed -n 's/^Icon=//p' "$entry").png
cmp -s "$icon" assets/icons/followup-coach-128.png || fail "the desktop entry's icon ($icon) is not the app's"

dpkg -r "$package" >/dev/null || fail "dpkg -r $package"
trap - EXIT
left=$(while IFS= read -r f; do if [[ -f $f || -L $f ]]; then echo "$f"; fi; done <<< "$files"
  if [[ -e /usr/lib/$package ]]; then echo "/usr/lib/$package"; fi)
[[ -z $left ]] || fail "left after dpkg -r: $left"
echo "deb test: $(basename "$deb") installed, ran --version, score and a progress import and export, and was removed without a trace"
