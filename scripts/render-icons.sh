#!/bin/sh
# Renders assets/icons/followup-coach.svg into the PNG sizes desktops use, headless
# (JavaFX's Monocle, no display), with scripts/IconRenderer.java. Needs `mvn package` or
# `mvn test-compile` once, for the JavaFX and Monocle jars.
cd "$(dirname "$0")/.." || exit 1
repo=${MAVEN_REPO:-$HOME/.m2/repository}
cp=$(ls target/modules/javafx-*-linux.jar target/modules/javafx-*-mac*.jar target/modules/javafx-*-win.jar 2>/dev/null | tr '\n' ':')
cp="$cp$(ls "$repo"/org/testfx/openjfx-monocle/*/openjfx-monocle-*.jar | tail -1)"
exec java -cp "$cp" -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw \
  -Dprism.lcdtext=false scripts/IconRenderer.java assets/icons/followup-coach.svg assets/icons \
  16 32 48 64 128 256 512
