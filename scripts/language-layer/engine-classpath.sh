# Sourced (from the project folder) by the scripts here that run engine code outside Maven:
# sets CP to the engine's libraries in the local Maven repository (Jackson YAML, SnakeYAML,
# the OpenNLP stemmer and its logging API), the versions the pom names.
M2="${M2_REPO:-$HOME/.m2/repository}"
CP=$(ls "$M2"/com/fasterxml/jackson/core/jackson-*/2.21.3/jackson-*-2.21.3.jar \
        "$M2"/com/fasterxml/jackson/dataformat/jackson-dataformat-yaml/2.21.3/jackson-dataformat-yaml-2.21.3.jar \
        "$M2"/org/yaml/snakeyaml/2.*/snakeyaml-2.*.jar "$M2"/org/apache/opennlp/opennlp-tools/2.5.6/opennlp-tools-2.5.6.jar \
        "$M2"/org/slf4j/slf4j-api/2.0.17/slf4j-api-2.0.17.jar | grep -v -e sources -e javadoc | tr '\n' ':')
