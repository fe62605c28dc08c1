#!/bin/sh
# Starts scripts/BareWindow.java with the JavaFX jars of the build and the JVM options of the
# app's launcher: the yardstick for scripts/measure-startup.sh. Run `mvn package` first.
cd "$(dirname "$0")/.." || exit 1
fx=$(ls target/modules/javafx-*-linux.jar target/modules/javafx-*-mac*.jar target/modules/javafx-*-win.jar 2>/dev/null | tr '\n' ':')
[ -f target/bare/BareWindow.class ] || javac --module-path "$fx" --add-modules javafx.controls -d target/bare scripts/BareWindow.java || exit 1
exec java -Xshare:auto -XX:TieredStopAtLevel=1 -XX:+UseSerialGC --module-path "$fx" --add-modules javafx.controls \
  -cp target/bare BareWindow "$@"
