# Sourced by the start-up and memory scripts: starts a private Xvfb (1280x800) on a free
# display, exports DISPLAY, makes a throw-away data folder in $data, and removes both on exit.
# Also the probes they share: wall-clock ms, a process's CPU ms, and how much a window shows.
for n in $(seq 200 240); do [[ -e /tmp/.X$n-lock ]] || { disp=$n; break; }; done
Xvfb ":$disp" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 & xvfb=$!
data=$(mktemp -d)
trap 'kill $xvfb 2>/dev/null; rm -rf "$data"' EXIT
sleep 1
export DISPLAY=":$disp"

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
# CPU time the process has used (user + system, in 10 ms steps)
cpu_ms() { awk '{ print ($14 + $15) * 10 }' "/proc/$1/stat"; }
# the window's pixels, compressed: a drawn lesson list is far larger than the loading screen
window_bytes() { xwd -id "$1" -silent | gzip -1 | wc -c; }
