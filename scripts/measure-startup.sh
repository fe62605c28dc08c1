#!/usr/bin/env bash
# Start-up time of the desktop app: process start until its window is mapped on screen,
# median of N runs, under a private Xvfb. Needs xvfb and xdotool (apt-get install xvfb xdotool).
#   scripts/measure-startup.sh [RUNS] [LAUNCHER]     (default: 5, target/image/bin/followup-coach)
set -euo pipefail
runs=${1:-5}
launcher=${2:-target/image/bin/followup-coach}
for n in $(seq 200 240); do [[ -e /tmp/.X$n-lock ]] || { disp=$n; break; }; done
Xvfb ":$disp" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 & xvfb=$!
trap 'kill $xvfb 2>/dev/null' EXIT
sleep 1
data=$(mktemp -d)
times=()
cpus=()
for i in $(seq 0 "$runs"); do
  start=$(date +%s%N)
  # no arguments, as from a desktop icon; the progress file goes to a fresh data folder
  DISPLAY=":$disp" XDG_DATA_HOME="$data" "$launcher" >/dev/null 2>&1 & app=$!
  # poll every 10 ms: xdotool's own --sync waits in half-second steps, too coarse here
  until DISPLAY=":$disp" xdotool search --onlyvisible --name "Follow-Up Coach" >/dev/null 2>&1; do sleep 0.01; done
  end=$(date +%s%N)
  # CPU time the process used until then: steadier than the clock on a busy machine
  cpu=$(awk '{ print ($14 + $15) * 10 }' "/proc/$app/stat")
  kill "$app"; wait "$app" 2>/dev/null || true
  # the first run warms the file cache and creates progress.db; it is not counted
  (( i > 0 )) && times+=($(( (end - start) / 1000000 ))) && cpus+=("$cpu")
done
sorted=($(printf '%s\n' "${times[@]}" | sort -n))
echo "start-up (ms, process start to window shown): ${sorted[*]}; median ${sorted[$(( ${#sorted[@]} / 2 ))]}"
sorted=($(printf '%s\n' "${cpus[@]}" | sort -n))
echo "CPU time to window shown (ms, user + system, 10 ms steps): ${sorted[*]}; median ${sorted[$(( ${#sorted[@]} / 2 ))]}"
rm -rf "$data"
