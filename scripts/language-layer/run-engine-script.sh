#!/bin/sh
# Runs one of the engine's measuring programs (a .java file beside this script) on the
# compiled classes and the engine's libraries from the local Maven repository.
# usage: scripts/language-layer/run-engine-script.sh Program.java ARGS...   (after mvn -o -q compile)
set -e
cd "$(dirname "$0")/../.."
. scripts/language-layer/engine-classpath.sh
program=$1
shift
exec java -Xmx1g -cp "target/classes:$CP" "scripts/language-layer/$program" "$@"
