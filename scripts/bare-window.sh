#!/bin/sh
# Starts scripts/BareWindow.java on the runtime image's own java (target/image, which holds
# JavaFX) with the JVM options of the app's launcher (packaging/jvm.options): the yardstick
# for scripts/measure-startup.sh and scripts/measure-memory.sh. Run `mvn package` first.
cd "$(dirname "$0")/.." || exit 1
fx=$(ls target/modules/javafx-*-linux.jar target/modules/javafx-*-mac*.jar target/modules/javafx-*-win.jar 2>/dev/null | tr '\n' ':')
[ -f target/bare/BareWindow.class ] || javac --module-path "$fx" --add-modules javafx.controls -d target/bare scripts/BareWindow.java || exit 1
IMAGE=target/image
# the options without the app's own (SQLite's library), as the shell would split them
opts=$(grep -v -e '^#' -e '^[[:space:]]*$' -e '^-Dorg.sqlite' packaging/jvm.options | sed "s|\${IMAGE}|$IMAGE|g")
# shellcheck disable=SC2086
exec "$IMAGE/bin/java" $opts -cp target/bare BareWindow "$@"
