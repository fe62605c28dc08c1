#!/bin/sh
# Runs one of the engine's measuring programs (a .java file beside this script) on the
# compiled classes and the engine's libraries from the local Maven repository.
# usage: scripts/language-layer/run-engine-script.sh Program.java ARGS...   (after mvn -o -q compile)
set -e
cd "$(dirname "$0")/../.."
M2="${M2_REPO:-$HOME/.m2/repository}"
CP=$(ls "$M2"/com/fasterxml/jackson/core/jackson-*/2.21.3/jackson-*-2.21.3.jar \
        "$M2"/com/fasterxml/jackson/dataformat/jackson-dataformat-yaml/2.21.3/jackson-dataformat-yaml-2.21.3.jar \
        "$M2"/org/yaml/snakeyaml/2.*/snakeyaml-2.*.jar "$M2"/org/apache/opennlp/opennlp-tools/2.5.6/opennlp-tools-2.5.6.jar \
        "$M2"/org/slf4j/slf4j-api/2.0.17/slf4j-api-2.0.17.jar | grep -v -e sources -e javadoc | tr '\n' ':')
program=$1
shift
exec java -Xmx1g -cp "target/classes:$CP" "scripts/language-layer/$program" "$@"
