#!/bin/sh
# Launcher of the runtime image (jlink's own ignores VM options). packaging/build-image.sh
# puts the options of packaging/jvm.options in the line marked below.
DIR=$(cd "$(dirname "$0")" && pwd)
IMAGE=$(dirname "$DIR")
exec "$DIR/java" @JVM_OPTIONS@ \
  -m com.followupcoach/com.followupcoach.app.Main "$@"
