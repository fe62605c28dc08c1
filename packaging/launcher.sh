#!/bin/sh
# Launcher of the runtime image (jlink's own ignores VM options). packaging/build-image.sh
# puts the options of packaging/jvm.options in the line marked below, and those of
# packaging/cli-jvm.options where the subcommand is score or lessons, and for those the
# command line's class archive lib/server/cli.jsa when there is one.
# The .deb links /usr/bin/followup-coach to this file: find the image through the link.
self=$(readlink -f "$0" 2>/dev/null || echo "$0")
DIR=$(cd "$(dirname "$self")" && pwd)
IMAGE=$(dirname "$DIR")
# The subcommand: the first argument that is neither an option nor the folder of one.
subcommand=
skip=
for arg in "$@"; do
  if [ -n "$skip" ]; then skip=; continue; fi
  case $arg in
    --data-dir|--lessons) skip=yes ;;
    -*) ;;
    *) subcommand=$arg; break ;;
  esac
done
case $subcommand in
  score|lessons)
    set -- @CLI_JVM_OPTIONS@ -m com.followupcoach/com.followupcoach.app.Main "$@"
    # The command line's own class archive (build-image.sh), when the build made one: named
    # after the window's, so it wins. Without it the window's archive serves, as before.
    if [ -f "$IMAGE/lib/server/cli.jsa" ]; then
      set -- "-XX:SharedArchiveFile=$IMAGE/lib/server/cli.jsa" "$@"
    fi
    ;;
  *) set -- -m com.followupcoach/com.followupcoach.app.Main "$@" ;;
esac
exec "$DIR/java" @JVM_OPTIONS@ "$@"
