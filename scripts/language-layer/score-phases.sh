#!/bin/sh
# Where a cold `score` spends its time on each FILE, one fresh JVM per file, under the
# launcher's options (packaging/jvm.options: C1 only, serial GC, the small young generation):
# the rubric's load, the engine's construction, then (timed separately, cold) the language
# layer, the token rules alone, and a whole critique, each with the garbage collector's share.
# The program is compiled first, so no compiler runs (and warms up) in the measured JVM.
# usage: scripts/language-layer/score-phases.sh FILE...   (after mvn -o -q compile)
set -e
cd "$(dirname "$0")/../.."
M2="${M2_REPO:-$HOME/.m2/repository}"
CP=$(ls "$M2"/com/fasterxml/jackson/core/jackson-*/2.21.3/jackson-*-2.21.3.jar \
        "$M2"/com/fasterxml/jackson/dataformat/jackson-dataformat-yaml/2.21.3/jackson-dataformat-yaml-2.21.3.jar \
        "$M2"/org/yaml/snakeyaml/2.*/snakeyaml-2.*.jar "$M2"/org/apache/opennlp/opennlp-tools/2.5.6/opennlp-tools-2.5.6.jar \
        "$M2"/org/slf4j/slf4j-api/2.0.17/slf4j-api-2.0.17.jar | grep -v -e sources -e javadoc | tr '\n' ':')
out=target/score-phases
mkdir -p "$out"
javac -d "$out" -cp "target/classes:$CP" scripts/language-layer/ScorePhases.java
opts=$(grep -v -e '^#' -e '^[[:space:]]*$' -e '\${IMAGE}' -e '^-Dprism' packaging/jvm.options | tr '\n' ' ')
for f in "$@"; do
    # shellcheck disable=SC2086
    java $opts -cp "$out:target/classes:$CP" ScorePhases "$f"
done
echo "load: $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores; options: $opts"
