#!/bin/sh
# Under the launcher's options for score (packaging/jvm.options, then packaging/cli-jvm.options),
# one fresh JVM per FILE: PrepareCost (the rubric-free reading that score overlaps with the
# rubric's load, against that load), then WarmScore over all FILEs (cold and warm critiques).
# usage: scripts/language-layer/prepare-cost.sh FILE...   (after mvn -o -q compile)
set -e
cd "$(dirname "$0")/../.."
. scripts/language-layer/engine-classpath.sh
out=target/prepare-cost
mkdir -p "$out"
javac -d "$out" -cp "target/classes:$CP" scripts/language-layer/PrepareCost.java scripts/language-layer/WarmScore.java
opts=$(grep -h -v -e '^#' -e '^[[:space:]]*$' -e '\${IMAGE}' -e '^-Dprism' packaging/jvm.options packaging/cli-jvm.options | tr '\n' ' ')
for f in "$@"; do
    # shellcheck disable=SC2086
    java $opts -cp "$out:target/classes:$CP" PrepareCost "$f"
done
# shellcheck disable=SC2086
java $opts -cp "$out:target/classes:$CP" WarmScore "$@"
echo "load: $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores"
