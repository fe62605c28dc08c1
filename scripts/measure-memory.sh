#!/usr/bin/env bash
# Resident memory of the desktop app against the bare JavaFX window (scripts/bare-window.sh,
# same image and JVM options), under a private Xvfb: idle on Lessons, and again after all
# four pages and typing in Practice. Prints both ratios. Needs xvfb and xdotool.
#   scripts/measure-memory.sh [RUNS] [LAUNCHER]     (default: 3, target/image/bin/followup-coach)
# Extra JVM options for an experiment: JDK_JAVA_OPTIONS='-Xmx64m' scripts/measure-memory.sh
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
launcher=${2:-target/image/bin/followup-coach}
settle=${SETTLE:-6}   # seconds after the window shows: the app loads its pages meanwhile
source scripts/private-display.sh

rss_kb() { awk '/^VmRSS/ { print $2 }' "/proc/$1/status"; }
# X shared memory: the pool cairo uploads frames through, touched more the more frames were
# in flight at once (4 MB a frame); it accounts for most of the scatter between runs
shm_kb() { awk '/^RssShmem/ { print $2 }' "/proc/$1/status"; }
median() { printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
window_of() {
  local w=
  until w=$(xdotool search --onlyvisible --name "Follow-Up Coach" 2>/dev/null | head -1) && [[ -n $w ]]; do sleep 0.05; done
  echo "$w"
}

# bare window: resident memory once it has shown and settled
bare=(); bare_shm=()
for i in $(seq "$runs"); do
  scripts/bare-window.sh >/dev/null 2>&1 & pid=$!
  window_of >/dev/null; sleep "$settle"
  bare+=($(rss_kb $pid)); bare_shm+=($(shm_kb $pid)); kill $pid; wait $pid 2>/dev/null || true
done

idle=(); used=(); shm=()
letter="Dear Ms Rossi, thank you for your time and for letting me know your decision. I understand, and I would be glad to be considered for other openings. Could you share any feedback on my interview? Kind regards, Joel"
for i in $(seq "$runs"); do
  rm -rf "${data:?}"/*
  XDG_DATA_HOME="$data" "$launcher" >/dev/null 2>&1 & pid=$!
  w=$(window_of); sleep "$settle"
  idle+=($(rss_kb $pid))
  xdotool windowfocus --sync "$w" 2>/dev/null || true
  for page in 2 3 4 2; do xdotool key ctrl+$page; sleep 2; done
  xdotool type --delay 15 "$letter"; sleep 3
  xdotool key ctrl+1; sleep 2
  used+=($(rss_kb $pid)); shm+=($(shm_kb $pid)); kill $pid; wait $pid 2>/dev/null || true
done

b=$(median "${bare[@]}"); a=$(median "${idle[@]}"); u=$(median "${used[@]}")
echo "bare window:            ${bare[*]} kB; median $((b / 1024)) MB"
echo "app, idle on Lessons:   ${idle[*]} kB; median $((a / 1024)) MB; $(awk -v a="$a" -v b="$b" 'BEGIN { printf "%.2f", a / b }')x the bare window"
echo "app, after four pages and typing: ${used[*]} kB; median $((u / 1024)) MB; $(awk -v a="$u" -v b="$b" 'BEGIN { printf "%.2f", a / b }')x the bare window"
mb() { awk -v k="$1" 'BEGIN { printf "%.0f", k / 1024 }'; }
echo "  of which X shared memory: ${shm[*]} kB; median $(mb "$(median "${shm[@]}")") MB (the bare window: $(mb "$(median "${bare_shm[@]}")") MB)"
