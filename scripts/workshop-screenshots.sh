#!/usr/bin/env bash
# The README's Workshop screenshots in presenter mode at 1920x1080 and 1024x768:
# renders them headless (WorkshopScreenshots, tagged "tools") and converts them to PNG
# in assets/screenshots/. Needs ImageMagick's convert.
set -euo pipefail
cd "$(dirname "$0")/.."
out=target/workshop-screenshots
for size in 1920x1080 1024x768; do
  mvn -o -q -B test -Dgroups=tools -DexcludedGroups= -Dtest=WorkshopScreenshots \
      -Dsurefire.failIfNoSpecifiedTests=false -Dscreenshot.size="$size" -Dscreenshot.dir="$out"
done
for ppm in "$out"/*.ppm; do
  convert "$ppm" "assets/screenshots/$(basename "${ppm%.ppm}").png"
done
ls -l assets/screenshots/workshop-*.png
