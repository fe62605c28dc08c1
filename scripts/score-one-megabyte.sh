#!/usr/bin/env bash
# Wall-clock and CPU time of the installed-style `score` command on 1 MB inputs of several
# shapes, beside the same command on a short letter (the JVM's own start and exit), so the
# engine's share can be read off. The issue's goal: any 1 MB input scored within a second.
#
# usage: scripts/score-one-megabyte.sh [RUNS]     (after mvn verify has built target/image)
# prints one line per shape: median wall seconds, median CPU seconds (user+sys), over RUNS,
# and the engine's share: the wall time less the short letter's (the JVM's and the rubric's start).
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
app=target/image/bin/followup-coach
[[ -x $app ]] || { echo "score-one-megabyte: build the image first (mvn -o -B verify)" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

letter=$(ls ../shared/letters/*.txt | head -1)
# The shapes, written by Python: shell loops piped into `head` end on SIGPIPE.
python3 - "$work" "$letter" <<'PY'
import os, random, re, sys
work, letter = sys.argv[1], open(sys.argv[2], encoding="utf-8").read()
size = 1_000_000
def write(name, unit):
    data = (unit * (size // len(unit) + 1)).encode("utf-8")[:size]
    open(os.path.join(work, name + ".txt"), "wb").write(data.decode("utf-8", "ignore").encode("utf-8"))
open(os.path.join(work, "short-letter.txt"), "w", encoding="utf-8").write(letter)
write("letters-repeated", letter + "\n")
write("one-word-I", "I ")
write("one-word-thank", "Thank ")
write("exclamation-marks", "!")
write("newlines", "\n")
random.seed(1)
write("no-spaces", "".join(random.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(size)))
# one sentence of the letter's own words, with no full stop anywhere
write("one-sentence", " ".join(re.findall(r"[A-Za-z']+", letter)) + " ")
PY

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
printf '%-22s %10s %10s %10s\n' shape wall_s cpu_s engine_s
# The short letter first: its wall time is the start's share, and each shape's engine share is
# its wall time less that.
start_wall=
for f in "$work"/short-letter.txt $(ls "$work"/*.txt | grep -v short-letter); do
    walls=() cpus=()
    for ((i = 0; i < runs; i++)); do
        if ! /usr/bin/time -o "$work/time" -f '%e %U %S' "$app" score "$f" > /dev/null 2> "$work/err"; then
            echo "score-one-megabyte: $(basename "$f"): $(head -1 "$work/err")" >&2; exit 1
        fi
        out=$(tail -1 "$work/time")
        read -r wall user sys <<< "$out"
        walls+=("$wall"); cpus+=("$(echo "$user + $sys" | bc)")
    done
    wall=$(printf '%s\n' "${walls[@]}" | median)
    start_wall=${start_wall:-$wall}
    printf '%-22s %10s %10s %10s\n' "$(basename "$f" .txt)" "$wall" \
        "$(printf '%s\n' "${cpus[@]}" | median)" "$(echo "$wall - $start_wall" | bc)"
done
echo "load: $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores"
