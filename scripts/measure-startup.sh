#!/usr/bin/env bash
# Start-up of the desktop app against the bare JavaFX window (scripts/bare-window.sh, same
# image and JVM options), run back to back under a private Xvfb, median of N runs each:
#  - window shown: process start until the window is mapped on screen (both);
#  - content shown: process start until the window's pixels show the first page (the lesson
#    list) instead of the loading line. Under -Dfollowupcoach.startupMarker=true the app
#    prints a line once that page is laid out (app/StartupMarker.java); from then on the
#    script grabs the window (xwd) every 10 ms until it shows content: the loading screen,
#    one line on a plain background, compresses to about 20 KB, the lesson list to about
#    120 KB (CONTENT_BYTES, default 60000, is the line between them). The grabs start only
#    at the marker so that they do not compete with the app while it loads.
# Wall time and the CPU time the process used until then (steadier on a shared machine).
# Needs xvfb, x11-apps (xwd) and xdotool; SHOT needs imagemagick.
#   scripts/measure-startup.sh [RUNS] [LAUNCHER...]  (default: 5, target/image/bin/followup-coach)
# Several launchers (two builds side by side, say) run in turn within each round, after the
# same round's bare window, so that a change of load falls on all of them alike.
# SHOT=file.png also saves the window as the last run found it showing content.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
launchers=("${@:2}")
(( ${#launchers[@]} )) || launchers=(target/image/bin/followup-coach)
marker="followup-coach: content laid out"
content_bytes=${CONTENT_BYTES:-60000}
source scripts/private-display.sh

# poll every 10 ms: xdotool's own --sync waits in half-second steps, too coarse here
until_window() { until xdotool search --onlyvisible --name "Follow-Up Coach" >/dev/null 2>&1; do sleep 0.01; done; }
until_marker() {
  local polls=0
  until grep -qF "$marker" "$1" 2>/dev/null; do
    # the bare window runs in every round already; a launcher without the marker would wait forever
    (( ++polls < 6000 )) || { kill "$pid" 2>/dev/null; echo "measure-startup: $launcher printed no \"$marker\" line within a minute" >&2; exit 1; }
    sleep 0.01
  done
}
until_content() {
  local w; w=$(xdotool search --onlyvisible --name "Follow-Up Coach" | head -1)
  until (( $(window_bytes "$w") > content_bytes )); do sleep 0.01; done
}
median() { printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
sorted() { printf '%s\n' "$@" | sort -n | tr '\n' ' '; }

bare_wall=(); bare_cpu=()
declare -A win_wall win_cpu content_wall content_cpu
for i in $(seq 0 "$runs"); do
  start=$(now_ms)
  scripts/bare-window.sh >/dev/null 2>&1 & pid=$!
  until_window
  end=$(now_ms); cpu=$(cpu_ms $pid)
  kill $pid; wait $pid 2>/dev/null || true
  (( i > 0 )) && bare_wall+=($((end - start))) && bare_cpu+=("$cpu")

  for l in "${!launchers[@]}"; do
    launcher=${launchers[$l]}
    # no arguments, as from a desktop icon; the progress file goes to a fresh data folder
    mkdir -p "$data/$l"; out="$data/$l/out"; : > "$out"
    start=$(now_ms)
    XDG_DATA_HOME="$data/$l" \
      JDK_JAVA_OPTIONS="${JDK_JAVA_OPTIONS:-} -Dfollowupcoach.startupMarker=true" "$launcher" > "$out" 2>/dev/null & pid=$!
    until_window
    shown=$(now_ms); shown_cpu=$(cpu_ms $pid)
    until_marker "$out"
    until_content
    drawn=$(now_ms); drawn_cpu=$(cpu_ms $pid)
    if [[ -n ${SHOT:-} && $i == "$runs" ]]; then
      xdotool search --onlyvisible --name "Follow-Up Coach" | head -1 | xargs -I{} import -window {} "${SHOT%.png}${l/#0/}.png"
    fi
    kill $pid; wait $pid 2>/dev/null || true
    # the first round warms the file cache and creates progress.db; it is not counted
    if (( i > 0 )); then
      win_wall[$l]+=" $((shown - start))"; win_cpu[$l]+=" $shown_cpu"
      content_wall[$l]+=" $((drawn - start))"; content_cpu[$l]+=" $drawn_cpu"
    fi
  done
done

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
bw=$(median "${bare_wall[@]}"); bc=$(median "${bare_cpu[@]}")
echo "load $(cut -d' ' -f1-3 /proc/loadavg) at the end"
echo "wall time (ms), median of $runs:"
echo "  bare window, window shown:  $(sorted "${bare_wall[@]}"); median $bw"
for l in "${!launchers[@]}"; do
  (( ${#launchers[@]} == 1 )) || echo " ${launchers[$l]}:"
  # shellcheck disable=SC2086
  ww=$(median ${win_wall[$l]}); cw=$(median ${content_wall[$l]})
  # shellcheck disable=SC2086
  echo "  app, window shown:          $(sorted ${win_wall[$l]}); median $ww; $(ratio "$ww" "$bw")x the bare window"
  # shellcheck disable=SC2086
  echo "  app, content shown:         $(sorted ${content_wall[$l]}); median $cw; $(ratio "$cw" "$bw")x the bare window"
done
echo "CPU time until then (ms, user + system, 10 ms steps), median of $runs:"
echo "  bare window, window shown:  $(sorted "${bare_cpu[@]}"); median $bc"
for l in "${!launchers[@]}"; do
  (( ${#launchers[@]} == 1 )) || echo " ${launchers[$l]}:"
  # shellcheck disable=SC2086
  wc=$(median ${win_cpu[$l]}); cc=$(median ${content_cpu[$l]})
  # shellcheck disable=SC2086
  echo "  app, window shown:          $(sorted ${win_cpu[$l]}); median $wc; $(ratio "$wc" "$bc")x the bare window"
  # shellcheck disable=SC2086
  echo "  app, content shown:         $(sorted ${content_cpu[$l]}); median $cc; $(ratio "$cc" "$bc")x the bare window"
done
