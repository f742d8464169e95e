#!/usr/bin/env bash
# macOS packages of FocusFlow (written to the same plan as packaging/linux/build.sh; NOT built or tested in
# FocusFlow's CI, which runs on Linux: jpackage only builds a platform's packages on that platform).
#   mvn -B -Ppackage -DskipTests package   (on a Mac, with a JDK 17 and Xcode's command line tools)
# leaves in run/target/dist:
#   FocusFlow-<version>.dmg   drag-to-Applications app, no helper (website blocking then needs the
#                             hosts-file step from the README)
#   FocusFlow-<version>.pkg   installs the app and the privileged helper as a launchd daemon
#                             (/Library/LaunchDaemons/com.focusflow.helper.plist, the helper's template)
# Arguments: <maven version> <run/target>. Signing and notarization are left to the release process
# (jpackage --mac-sign --mac-signing-key-user-name ...).
set -euo pipefail

version=${1%-SNAPSHOT}   # macOS bundle versions are 1-3 numbers
target=$(cd "$2" && pwd)
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
java_home=${JAVA_HOME:-$(/usr/libexec/java_home -v 17)}
work=$target/jpackage
dist=$target/dist
rm -rf "$work" "$dist"
mkdir -p "$work/input" "$dist"
cp "$target/focusflow.jar" "$work/input/"

modules=$(grep -v '^#' "$root/packaging/runtime-modules" | paste -sd, -)
"$java_home/bin/jlink" --add-modules "$modules" --strip-debug --no-header-files --no-man-pages \
    --compress=2 --output "$work/runtime"

# The icon: an .icns made from the PNGs the window uses.
icons=$root/com.focusflow.ui/src/main/resources/icons
iconset=$work/focusflow.iconset
mkdir -p "$iconset"
for size in 16 32 128 256; do cp "$icons/focusflow-$size.png" "$iconset/icon_${size}x$size.png"; done
cp "$icons/focusflow-32.png" "$iconset/icon_16x16@2x.png"
cp "$icons/focusflow-64.png" "$iconset/icon_32x32@2x.png"
cp "$icons/focusflow-256.png" "$iconset/icon_128x128@2x.png"
iconutil -c icns "$iconset" -o "$work/focusflow.icns"

java_options=()
while read -r line; do
  case "$line" in ''|'#'*) ;; *) java_options+=(--java-options "$line") ;; esac
done < "$root/run/jvm.options"

common=(--name FocusFlow --app-version "$version" --vendor FocusFlow
        --description "Focus sessions that block distracting websites and apps" --copyright "FocusFlow contributors")

"$java_home/bin/jpackage" --type app-image "${common[@]}" --dest "$work/image" \
    --input "$work/input" --main-jar focusflow.jar --main-class com.focusflow.launcher.Main \
    --runtime-image "$work/runtime" --icon "$work/focusflow.icns" --mac-package-identifier com.focusflow \
    "${java_options[@]}"
app=$work/image/FocusFlow.app

"$java_home/bin/jpackage" --type dmg "${common[@]}" --app-image "$app" --dest "$dist"

# The .pkg carries the helper jar and its launchd plist inside the app; the postinstall script
# (resources/postinstall) puts the substituted plist in /Library/LaunchDaemons and loads it.
mkdir -p "$app/Contents/app/helper"
cp "$target/focusflow-helper.jar" "$app/Contents/app/helper/focusflow-helper.jar"
cp "$root/com.focusflow.helper/src/main/launchd/com.focusflow.helper.plist" "$app/Contents/app/helper/"
"$java_home/bin/jpackage" --type pkg "${common[@]}" --app-image "$app" --dest "$dist" \
    --resource-dir "$here/resources" --mac-package-identifier com.focusflow
ls -l "$dist"
