#!/bin/sh
# Times OpenNLP, Lucene and a plain scanner with the Snowball stemmer (docs/decisions/0004).
# usage: scripts/language-layer/measure.sh LETTER.txt LONG-SENTENCE.txt
# Needs opennlp-tools 2.5.6, the three opennlp-models-*-en 1.2.0, lucene-core and
# lucene-analysis-common 9.12.1 and slf4j-api 2.0.17 in ~/.m2 (mvn dependency:get fetches them).
set -e
M2="${M2_REPO:-$HOME/.m2/repository}"
CP=$(ls "$M2"/org/apache/opennlp/opennlp-tools/2.5.6/*.jar "$M2"/org/apache/opennlp/opennlp-models-*-en/1.2.0/*.jar \
        "$M2"/org/apache/lucene/lucene-core/9.12.1/*.jar "$M2"/org/apache/lucene/lucene-analysis-common/9.12.1/*.jar \
        "$M2"/org/slf4j/slf4j-api/2.0.17/*.jar | tr '\n' ':')
OUT=$(mktemp -d)
javac -nowarn -cp "$CP" -d "$OUT" "$(dirname "$0")/LanguageLayerMeasure.java"
java -cp "$CP$OUT" LanguageLayerMeasure "$@"
