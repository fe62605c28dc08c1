#!/usr/bin/env bash
# Builds the Debian package target/installer/followup-coach_VERSION_ARCH.deb from the runtime
# image (mvn package first, or `mvn -Pdeb package` for both). Needs jpackage (JDK 17),
# dpkg-deb and fakeroot. It installs the launcher as /usr/bin/followup-coach, the app under
# /usr/lib/followup-coach, and a desktop entry with the app's icon.
set -euo pipefail
cd "$(dirname "$0")/.."
jdk=${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}
version=${APP_VERSION:-$(sed -n 's:.*<version>\(.*\)</version>.*:\1:p' pom.xml | head -1)}
[[ -x target/image/bin/java ]] || { echo "build-deb: no runtime image in target/image; run mvn package first" >&2; exit 1; }

# The installed launcher is jpackage's, which knows its own folder as $APPDIR (lib/app);
# the image sits beside it in lib/runtime. Same options as the image's bin/followup-coach.
java_options=()
while IFS= read -r option; do
  java_options+=(--java-options "${option//\$\{IMAGE\}/\$APPDIR/../runtime}")
done < <(grep -v -e '^#' -e '^[[:space:]]*$' packaging/jvm.options)

rm -rf target/installer
"$jdk/bin/jpackage" --type deb --dest target/installer \
  --name followup-coach --app-version "$version" \
  --description "Teaches job seekers to answer an interview rejection with a follow-up letter." \
  --vendor "Follow-Up Coach" --copyright "Follow-Up Coach" \
  --runtime-image target/image --module com.followupcoach/com.followupcoach.app.Main \
  "${java_options[@]}" \
  --icon assets/icons/followup-coach-128.png --resource-dir packaging/linux \
  --install-dir /usr \
  --linux-package-name followup-coach --linux-deb-maintainer "maintainers@followupcoach.invalid" \
  --linux-menu-group "Education" --linux-app-category education --linux-shortcut
ls target/installer/*.deb
