#!/bin/sh
# CPU time of a 300-word critique under given JVM options, e.g. with and without the
# launcher's -XX:TieredStopAtLevel=1:
#   scripts/engine-cpu-time.sh -XX:TieredStopAtLevel=1
#   scripts/engine-cpu-time.sh -XX:+TieredCompilation
# Needs `mvn -o -Pbench test-compile` first (the engine, the benchmark letter and the jars).
cd "$(dirname "$0")/.." || exit 1
repo=${MAVEN_REPO:-$HOME/.m2/repository}
jars=$(ls "$repo"/com/fasterxml/jackson/core/jackson-*/2.*/jackson-*-2.*.jar \
          "$repo"/com/fasterxml/jackson/dataformat/jackson-dataformat-yaml/2.*/jackson-dataformat-yaml-2.*.jar \
          "$repo"/org/yaml/snakeyaml/*/snakeyaml-*.jar | grep -v -e sources -e javadoc | tr '\n' ':')
# the launcher's other options (packaging/jvm.options) and then the ones given
exec java -Xshare:auto -XX:+UseSerialGC -Xms16m -Xmx512m "$@" -cp "target/classes:target/test-classes:$jars" \
  scripts/EngineCpuTime.java "${WARM:-3000}" "${RUNS:-2000}"
