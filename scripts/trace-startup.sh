#!/usr/bin/env bash
# Where the app's start-up goes, step by step: starts the image N times under a private Xvfb
# with -Dfollowupcoach.startupTrace=true (app/StartupTrace.java) and prints each step's time
# from process start (wall) and the CPU time the process had used by then, then "content
# drawn": when the window's pixels first show the lesson list (as scripts/measure-startup.sh
# finds it). The first start warms the file cache and creates the progress file; not shown.
# Needs xvfb, x11-apps (xwd) and xdotool.
#   scripts/trace-startup.sh [RUNS] [LAUNCHER]     (default: 3, target/image/bin/followup-coach)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
launcher=${2:-target/image/bin/followup-coach}
content_bytes=${CONTENT_BYTES:-60000}
source scripts/private-display.sh

for i in $(seq 0 "$runs"); do
  out="$data/out"; : > "$out"
  start=$(now_ms)
  XDG_DATA_HOME="$data" JDK_JAVA_OPTIONS="${JDK_JAVA_OPTIONS:-} -Dfollowupcoach.startupTrace=true -Dfollowupcoach.startupMarker=true" \
    "$launcher" > "$out" 2>&1 & pid=$!
  polls=0
  until grep -q "content laid out" "$out"; do
    (( ++polls < 6000 )) || { kill $pid; echo "trace-startup: no first page within a minute" >&2; exit 1; }
    sleep 0.01
  done
  w=$(xdotool search --onlyvisible --name "Follow-Up Coach" | head -1)
  until (( $(window_bytes "$w") > content_bytes )); do sleep 0.01; done
  drawn=$(now_ms); drawn_cpu=$(cpu_ms $pid)
  kill $pid; wait $pid 2>/dev/null || true
  (( i == 0 )) && continue
  echo "start $i (load $(cut -d' ' -f1 /proc/loadavg)); ms from process start, CPU ms used by then:"
  awk -v s="$start" '/^followup-coach: step / { printf "  %-16s %6d  cpu %5d  %s\n", $3, $5 - s, $7, substr($0, index($0, " on ") + 4) }' "$out"
  printf "  %-16s %6d  cpu %5d\n" content-drawn $((drawn - start)) "$drawn_cpu"
done
