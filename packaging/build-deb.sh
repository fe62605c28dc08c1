#!/usr/bin/env bash
# Builds the Debian package target/installer/followup-coach_VERSION-1_ARCH.deb from the
# runtime image (mvn package first, or `mvn -Pdeb package` for both). Needs jpackage
# (JDK 17), dpkg-deb and fakeroot. The package installs the image's launcher, linked from
# /usr/bin/followup-coach, the app under /usr/lib/followup-coach, and a desktop entry and
# icons in /usr/share: plain files that dpkg owns and removes, no install scripts.
set -euo pipefail
cd "$(dirname "$0")/.."
jdk=${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}
version=${APP_VERSION:-$(sed -n 's:.*<version>\(.*\)</version>.*:\1:p' pom.xml | head -1)}
[[ -x target/image/bin/java ]] || { echo "build-deb: no runtime image in target/image; run mvn package first" >&2; exit 1; }

# 1. jpackage: the layout under /usr and the package's dependencies, which it finds from
#    the image's native libraries (its own launcher is replaced in step 2). Left uncompressed: step 3 packs it once.
rm -rf target/jpackage target/installer target/deb-root
DPKG_DEB_COMPRESSOR_TYPE=none "$jdk/bin/jpackage" --type deb --dest target/jpackage \
  --name followup-coach --app-version "$version" \
  --description "Teaches job seekers to answer an interview rejection with a follow-up letter." \
  --vendor "Follow-Up Coach" --copyright "Follow-Up Coach" \
  --runtime-image target/image --module com.followupcoach/com.followupcoach.app.Main \
  --icon assets/icons/followup-coach-128.png --resource-dir packaging/linux \
  --install-dir /usr \
  --linux-package-name followup-coach --linux-deb-maintainer "maintainers@followupcoach.invalid" \
  --linux-app-category education --linux-shortcut

# 2. The desktop entry and icons where desktops look for them, as files of the package.
#    jpackage would install them with xdg-desktop-menu from its scripts, which fails on a
#    machine without a desktop menu (and needs xdg-utils); Debian's triggers refresh the
#    menu and icon caches for files placed here.
root=target/deb-root
dpkg-deb -R target/jpackage/followup-coach_*.deb "$root"
rm -f "$root"/DEBIAN/preinst "$root"/DEBIAN/postinst "$root"/DEBIAN/prerm "$root"/DEBIAN/postrm
rm -f "$root"/usr/lib/followup-coach/*.desktop "$root"/usr/lib/followup-coach/followup-coach.png
# The command on the PATH is the image's own launcher, as in target/image: it chooses the
# command-line tools' JVM options for score and lessons, which jpackage's launcher cannot.
rm -rf "$root"/usr/bin/followup-coach "$root"/usr/lib/followup-coach/app "$root"/usr/lib/followup-coach/libapplauncher.so
ln -s ../lib/followup-coach/runtime/bin/followup-coach "$root"/usr/bin/followup-coach
install -D -m 644 packaging/linux/followup-coach.desktop "$root/usr/share/applications/followup-coach.desktop"
for size in 16 32 48 64 128 256 512; do
  install -D -m 644 "assets/icons/followup-coach-$size.png" "$root/usr/share/icons/hicolor/${size}x${size}/apps/followup-coach.png"
done
install -D -m 644 assets/icons/followup-coach.svg "$root/usr/share/icons/hicolor/scalable/apps/followup-coach.svg"
sed -i -e 's/, xdg-utils//; s/xdg-utils, //' \
  -e "s/^Installed-Size:.*/Installed-Size: $(du -sk --exclude=DEBIAN "$root" | cut -f1)/" "$root/DEBIAN/control"

# 3. The package (dpkg-deb's default compression, xz, unless DPKG_DEB_COMPRESSOR_TYPE says).
mkdir -p target/installer
fakeroot dpkg-deb --root-owner-group -b "$root" target/installer >/dev/null
ls target/installer/*.deb
