#!/bin/sh
# Where a cold `score` spends its time on each FILE, one fresh JVM per file, under the
# launcher's options for score (packaging/jvm.options: C1 only, serial GC; then
# packaging/cli-jvm.options: the command-line tools' larger young generation):
# the rubric's load, the engine's construction, then (timed separately, cold) the language
# layer, the token rules alone, and a whole critique, each with the garbage collector's share.
# The program is compiled first, so no compiler runs (and warms up) in the measured JVM.
# usage: scripts/language-layer/score-phases.sh FILE...   (after mvn -o -q compile)
set -e
cd "$(dirname "$0")/../.."
. scripts/language-layer/engine-classpath.sh
out=target/score-phases
mkdir -p "$out"
javac -d "$out" -cp "target/classes:$CP" scripts/language-layer/ScorePhases.java
opts=$(grep -h -v -e '^#' -e '^[[:space:]]*$' -e '\${IMAGE}' -e '^-Dprism' packaging/jvm.options packaging/cli-jvm.options | tr '\n' ' ')
for f in "$@"; do
    # shellcheck disable=SC2086
    java $opts -cp "$out:target/classes:$CP" ScorePhases "$f"
done
echo "load: $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores; options: $opts"
