#!/bin/sh
# CPU time of a 300-word critique under given JVM options, e.g. with and without the
# launcher's -XX:TieredStopAtLevel=1:
#   scripts/engine-cpu-time.sh -XX:TieredStopAtLevel=1
#   scripts/engine-cpu-time.sh -XX:+TieredCompilation
# Needs `mvn -o package` (the libraries in target/modules) and `mvn -o -Pbench test-compile`
# (the benchmark letter) first.
cd "$(dirname "$0")/.." || exit 1
# the launcher's other options (packaging/jvm.options) and then the ones given
exec java -Xshare:auto -XX:+UseSerialGC -Xms16m -Xmx512m "$@" -cp "target/classes:target/test-classes:target/modules/*" \
  scripts/EngineCpuTime.java "${WARM:-3000}" "${RUNS:-2000}"
