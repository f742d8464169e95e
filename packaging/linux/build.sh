#!/usr/bin/env bash
# Builds FocusFlow's Linux packages from the exported launcher jar:
#   1. jlink: a runtime with only the JDK modules FocusFlow needs (../runtime-modules)
#   2. jpackage --type app-image: /opt/focusflow with that runtime, the native launcher and jvm.options
#   3. the helper jar beside it; the desktop entry, icons, `focusflow` command and systemd units staged
#      for their system places
#   4. jpackage --type deb (and rpm when rpmbuild exists) from that app image, with our maintainer scripts
# Run by `mvn -Ppackage package` in run/ (see the README's "Install"); arguments: <maven version> <run/target>.
set -euo pipefail

version=$1
target=$(cd "$2" && pwd)
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
java_home=${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}

# Debian and RPM order "0.1.0~SNAPSHOT" before "0.1.0", as Maven orders 0.1.0-SNAPSHOT before 0.1.0.
pkg_version=${version/-SNAPSHOT/~SNAPSHOT}
work=$target/jpackage
dist=$target/dist
rm -rf "$work" "$dist"
mkdir -p "$work/input" "$dist"

jar=$target/focusflow.jar
[ -f "$jar" ] || { echo "build.sh: $jar is missing; package run/ first" >&2; exit 1; }
cp "$jar" "$work/input/"

modules=$(grep -v '^#' "$root/packaging/runtime-modules" | paste -sd, -)
echo "jlink: $modules"
# Not compressed by jlink (docs/benchmarks.md, "The installed package ... again"): every JDK class would be
# unzipped on each start, and the package's own gzip shrinks uncompressed classes better (a smaller .deb).
"$java_home/bin/jlink" --add-modules "$modules" --strip-debug --no-header-files --no-man-pages \
    --compress=0 --output "$work/runtime"
# The runtime's default CDS archive (lib/server/classes.jsa, as a JDK ships it; jlink --generate-cds-archive
# only exists from JDK 21): the JDK's start-up classes mapped ready-made instead of parsed on every start.
"$work/runtime/bin/java" -Xshare:dump > "$work/cds-dump.log" 2>&1 \
    || { cat "$work/cds-dump.log" >&2; echo "build.sh: the CDS archive could not be made" >&2; exit 1; }

# jvm.options (comments dropped) become the launcher's Java options; focusflow.command tells the autostart
# entry which command starts FocusFlow.
java_options=()
while read -r line; do
  case "$line" in ''|'#'*) ;; *) java_options+=(--java-options "$line") ;; esac
done < "$root/run/jvm.options"
java_options+=(--java-options "-Dfocusflow.command=/usr/bin/focusflow")

icons=$root/com.focusflow.ui/src/main/resources/icons
common=(--name focusflow --app-version "$pkg_version" --vendor FocusFlow
        --description "Focus sessions that block distracting websites and apps"
        --copyright "FocusFlow contributors")

"$java_home/bin/jpackage" --type app-image "${common[@]}" --dest "$work/image" \
    --input "$work/input" --main-jar focusflow.jar --main-class com.focusflow.launcher.Main \
    --runtime-image "$work/runtime" --icon "$icons/focusflow-256.png" "${java_options[@]}"
app=$work/image/focusflow

# The helper runs as root from the package's own runtime (the contract in com.focusflow.helper's units).
helper_jar=$target/focusflow-helper.jar
units=$root/com.focusflow.helper/src/main/systemd
if [ -f "$helper_jar" ] && [ -d "$units" ]; then
  mkdir -p "$app/lib/helper"
  cp "$helper_jar" "$app/lib/helper/focusflow-helper.jar"
else
  echo "build.sh: WARNING: no helper ($helper_jar, $units): the packages will not contain it" >&2
  units=
fi

# Everything that lives outside /opt/focusflow, in the layout of the target system. $1 = systemd unit dir.
stage_system_files() {
  local sys=$1 unit_dir=$2
  install -D -m 755 "$here/focusflow.sh" "$sys/usr/bin/focusflow"
  install -D -m 644 "$here/focusflow.desktop" "$sys/usr/share/applications/focusflow.desktop"
  install -D -m 644 "$icons/focusflow.svg" "$sys/usr/share/icons/hicolor/scalable/apps/focusflow.svg"
  for size in 16 24 32 48 64 128 256; do
    install -D -m 644 "$icons/focusflow-$size.png" "$sys/usr/share/icons/hicolor/${size}x$size/apps/focusflow.png"
  done
  if [ -n "$units" ]; then
    for unit in focusflow-helper.socket focusflow-helper.service; do
      mkdir -p "$sys$unit_dir"
      sed -e 's|@JAVA@|/opt/focusflow/lib/runtime/bin/java|g' \
          -e 's|@HELPER_JAR@|/opt/focusflow/lib/helper/focusflow-helper.jar|g' \
          "$units/$unit" > "$sys$unit_dir/$unit"
      chmod 644 "$sys$unit_dir/$unit"
    done
  fi
}

package_common=("${common[@]}" --app-image "$app" --install-dir /opt
                --linux-app-category utils --linux-app-release 1)

# .deb: jpackage builds it from the app image with our control file and maintainer scripts; it places
# nothing outside /opt/focusflow itself, so the system files are added to the package tree and the
# package rebuilt, so that dpkg owns (and removes) every file.
# jpackage's own .deb is only unpacked again: no compression there (dpkg-deb reads DPKG_DEB_COMPRESSOR_TYPE).
DPKG_DEB_COMPRESSOR_TYPE=none "$java_home/bin/jpackage" --type deb "${package_common[@]}" --dest "$work/deb" \
    --resource-dir "$here/deb" --linux-deb-maintainer focusflow@localhost
deb_tree=$work/deb-tree
dpkg-deb -R "$work/deb"/*.deb "$deb_tree"
stage_system_files "$deb_tree" /lib/systemd/system
installed_kib=$(du -sk --exclude=DEBIAN "$deb_tree" | cut -f1)
sed -i "s/^Installed-Size: .*/Installed-Size: $installed_kib/" "$deb_tree/DEBIAN/control"
deb=$dist/focusflow_${pkg_version}_amd64.deb
fakeroot dpkg-deb -Zgzip -z9 --build "$deb_tree" "$deb" >/dev/null
echo "built $deb ($(du -h "$deb" | cut -f1))"

# .rpm: the spec (rpm/focusflow.spec, jpackage's template plus the system files) copies the same staged
# files, so they are part of the package.
if command -v rpmbuild >/dev/null 2>&1; then
  rpm_sys=$work/rpm-system
  stage_system_files "$rpm_sys" /usr/lib/systemd/system
  mkdir -p "$work/rpm-resources"
  sed "s|@SYSTEM_FILES@|$rpm_sys|g" "$here/rpm/focusflow.spec" > "$work/rpm-resources/focusflow.spec"
  "$java_home/bin/jpackage" --type rpm "${package_common[@]}" --dest "$work/rpm" --resource-dir "$work/rpm-resources"
  cp "$work/rpm"/*.rpm "$dist/"
  echo "built $(ls "$dist"/*.rpm) ($(du -h "$dist"/*.rpm | cut -f1))"
else
  echo "build.sh: rpmbuild not found (Debian: apt-get install rpm); no .rpm built"
fi
