#!/usr/bin/env bash
# Speed under the options the app really runs with (packaging/jvm.options, less the lines
# that name the image's folder), with the launcher's -XX:TieredStopAtLevel=1 and without it:
#  - keystroke to highlights on a 1,000-word draft in the real Practice page, p50/p95 of
#    200 keystrokes (PracticeLatencyHarness, TestFX under headless Monocle);
#  - CPU time of one critique of the 300-word benchmark letter, first and warm
#    (scripts/EngineCpuTime.java, on the critiquing thread).
#   scripts/measure-speed.sh       (after mvn -o package; compiles the benchmark letter itself)
# Prints the machine's load before each run: compare figures taken at a similar load.
set -euo pipefail
cd "$(dirname "$0")/.."

launcher_options=$(grep -v -e '^#' -e '^[[:space:]]*$' -e '${IMAGE}' -e '^-Dorg.sqlite' packaging/jvm.options | tr '\n' ' ')
quick="$launcher_options"
optimising=$(sed 's/-XX:TieredStopAtLevel=1//' <<<"$launcher_options")

nice mvn -o -q -B -Pbench test-compile >/dev/null

# the engine's libraries as mvn package copied them (Jackson, OpenNLP and the rest)
[[ -d target/modules ]] || { echo "measure-speed: run mvn -o package first (target/modules)" >&2; exit 1; }

for name in quick optimising; do
  options=${!name}
  echo "== ${name} compiler: ${options}"
  echo "   load: $(cut -d' ' -f1-3 /proc/loadavg)"
  # shellcheck disable=SC2086 # the options are one word each
  java $options -cp "target/classes:target/test-classes:target/modules/*" \
    scripts/EngineCpuTime.java "${WARM:-3000}" "${RUNS:-2000}"
  echo "   load: $(cut -d' ' -f1-3 /proc/loadavg)"
  mvn -o -q -B test -Dgroups=harness -DexcludedGroups= -Dtest=PracticeLatencyHarness \
    -Dsurefire.failIfNoSpecifiedTests=false -Dharness.jvm="$options" \
    | grep -A3 '^Practice latency'
done
