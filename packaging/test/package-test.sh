#!/usr/bin/env bash
# Installs FocusFlow's .deb on this machine and checks it as a user and an administrator would: the files
# it installs, the desktop entry, the helper's units, the installed `focusflow --headless` started by an
# ordinary user up to health UP, the maintainer scripts with or without a running systemd, an upgrade over
# itself, then remove and purge, after which nothing of FocusFlow is left outside users' data dirs and the
# user's data is byte for byte what it was. Needs root; leaves the machine as it found it.
#   packaging/test/package-test.sh run/target/dist/focusflow_<version>_amd64.deb
set -euo pipefail

deb=$(readlink -f "$1")
here=$(cd "$(dirname "$0")" && pwd)
modules_file=$here/../runtime-modules
user=ffpkgtest$$
home=/home/$user
data=$home/.local/share/focusflow
password=pkg-test-$RANDOM$RANDOM
work=$(mktemp -d)
passed=0
failed=0
pid=

check() { # check "what" command...: one assertion
  local what=$1; shift
  if "$@"; then passed=$((passed + 1)); echo "ok   $what"; else failed=$((failed + 1)); echo "FAIL $what"; fi
}
die() { echo "FAIL $*"; failed=$((failed + 1)); finish; }
finish() {
  [ -n "$pid" ] && kill -KILL "$pid" 2>/dev/null || true
  [ -n "${java_pid:-}" ] && kill -KILL "$java_pid" 2>/dev/null || true
  [ -n "${helper_pid:-}" ] && kill -KILL "$helper_pid" 2>/dev/null && rm -rf /run/focusflow || true
  dpkg -s focusflow >/dev/null 2>&1 && dpkg -P focusflow >/dev/null 2>&1 || true
  id "$user" >/dev/null 2>&1 && userdel -r "$user" >/dev/null 2>&1 || true
  rm -rf "$work"
  echo "package test: $passed passed, $failed failed"
  [ "$failed" -eq 0 ]
  exit
}
trap finish EXIT

[ "$(id -u)" = 0 ] || { echo "package-test.sh must run as root (it installs the package)" >&2; exit 2; }
[ -f "$deb" ] || { echo "no package: $1" >&2; exit 2; }
if dpkg -s focusflow >/dev/null 2>&1; then
  echo "focusflow is already installed here; remove it first (dpkg -P focusflow)" >&2; exit 2
fi

# Every path a package could leave behind (caches the desktop's triggers rebuild are not FocusFlow's).
system_files() {
  find /opt /usr /etc /lib /var/lib /run -xdev \
      \( -path /var/lib/dpkg -o -path /var/lib/apt -o -path /run/user -o -path /var/lib/dhcp \) -prune -o -print 2>/dev/null \
    | grep -v -E '/(mimeinfo|icon-theme)\.cache$|^/etc/(ld\.so\.cache|passwd|group|shadow|gshadow|subuid|subgid)-?$' | sort
  ls /var/lib/dpkg/info | grep -i focusflow || true
}
data_sums() { (cd "$data" && find . -type f ! -path './logs/*' -print0 | sort -z | xargs -0 sha256sum); }
free_port() {
  local p
  while :; do
    p=$((20000 + RANDOM % 40000))
    (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null || { echo "$p"; return; }
  done
}
systemd_running() { [ -d /run/systemd/system ]; }

system_files > "$work/before"
hosts_before=$(sha256sum /etc/hosts)

# --- install ---------------------------------------------------------------------------------------------
check "dpkg -i installs the package" dpkg -i "$deb" > "$work/install.log" 2>&1 || { cat "$work/install.log"; die "install"; }
for f in /usr/bin/focusflow /opt/focusflow/bin/focusflow /opt/focusflow/lib/runtime/bin/java \
         /usr/share/applications/focusflow.desktop /usr/share/icons/hicolor/scalable/apps/focusflow.svg \
         /opt/focusflow/lib/helper/focusflow-helper.jar \
         /lib/systemd/system/focusflow-helper.socket /lib/systemd/system/focusflow-helper.service; do
  check "installs $f, owned by the package" dpkg -S "$f"
done
for size in 16 24 32 48 64 128 256; do
  check "installs the ${size}px icon" test -s "/usr/share/icons/hicolor/${size}x$size/apps/focusflow.png"
done
check "the focusflow command is on the PATH" test "$(command -v focusflow)" = /usr/bin/focusflow

# --- the bundled runtime holds exactly the measured modules ------------------------------------------------
/opt/focusflow/lib/runtime/bin/java --list-modules | sed 's/@.*//' | sort > "$work/modules"
grep -v '^#' "$modules_file" | sort > "$work/modules.expected"
check "the runtime holds only packaging/runtime-modules" diff "$work/modules.expected" "$work/modules"
check "the runtime's CDS archive is installed and usable (-Xshare:on fails otherwise)" \
  bash -c '/opt/focusflow/lib/runtime/bin/java -Xshare:on -version 2>&1 | grep -q sharing'

# --- desktop entry ----------------------------------------------------------------------------------------
entry=/usr/share/applications/focusflow.desktop
check "desktop-file-validate accepts the entry" desktop-file-validate "$entry"
check "the entry names the window class focusflow" grep -qx 'StartupWMClass=focusflow' "$entry"
check "the entry uses FocusFlow's icon" grep -qx 'Icon=focusflow' "$entry"
check "the entry starts the installed command" grep -qx 'Exec=focusflow' "$entry"

# --- the helper's units -----------------------------------------------------------------------------------
units=(/lib/systemd/system/focusflow-helper.socket /lib/systemd/system/focusflow-helper.service)
check "systemd-analyze verify accepts the helper's units" systemd-analyze verify "${units[@]}"
check "no unit keeps a @TOKEN@" bash -c '! grep -n "@[A-Z_]*@" "$@"' _ "${units[@]}"
check "the service runs the bundled java on the installed jar" \
  grep -q '/opt/focusflow/lib/runtime/bin/java.*/opt/focusflow/lib/helper/focusflow-helper.jar' "${units[1]}"

# --- maintainer scripts with or without a running systemd --------------------------------------------------
if systemd_running; then
  check "postinst enabled the helper's socket" systemctl is-enabled --quiet focusflow-helper.socket
  check "postinst started the helper's socket" systemctl is-active --quiet focusflow-helper.socket
else
  check "postinst says systemd is not running and how to enable the helper later" \
    grep -q 'systemd is not running; enable the helper later' "$work/install.log"
  check "postinst enabled nothing without systemd" bash -c '! ls /etc/systemd/system/*/focusflow-helper.* 2>/dev/null'
fi

# --- the helper, so that website blocking is healthy for an ordinary user --------------------------------------
# With systemd running, postinst started its socket. Without it, the test starts the installed helper as root
# on its unit's own command line, in the helper's foreground mode, with a scratch hosts file and state dir:
# this test never writes /etc/hosts.
helper_pid=
hosts=/etc/hosts
if ! systemd_running; then
  hosts=$work/hosts
  exec_start=$(sed -n 's/^ExecStart=//p' "${units[1]}")
  # A root-owned copy the user may read but not write: FocusFlow (pointed at it) must go through the helper.
  chmod 755 "$work"
  install -m 644 /etc/hosts "$work/hosts"
  helper_cmd=${exec_start/--hosts \/etc\/hosts/--hosts $work/hosts}
  helper_cmd=${helper_cmd/--state \/var\/lib\/focusflow-helper/--state $work/helper-state}
  # shellcheck disable=SC2086 # the unit's command line, split as systemd splits it (no quotes in it)
  $helper_cmd --listen /run/focusflow/helper.sock > "$work/helper.log" 2>&1 &
  helper_pid=$!
  for _ in $(seq 1 120); do [ -S /run/focusflow/helper.sock ] && break; sleep 0.25; done
  check "the installed helper starts on the bundled runtime and listens" test -S /run/focusflow/helper.sock \
    || cat "$work/helper.log"
fi

# --- run the installed command as an ordinary user up to health UP ------------------------------------------
useradd --create-home --shell /bin/sh "$user"
port=$(free_port)
cd /
runuser -u "$user" -- env -i HOME="$home" PATH=/usr/bin:/bin LANG=C.UTF-8 FOCUSFLOW_PASSWORD="$password" \
    FOCUSFLOW_JAVA_OPTS="-Dorg.osgi.service.http.port=$port -Dfocusflow.blocking.hosts=$hosts" focusflow --headless > "$work/run.log" 2>&1 &
pid=$!
status=
for _ in $(seq 1 240); do
  status=$(curl -s -u "admin:$password" "http://127.0.0.1:$port/focusflow/api/v1/health" 2>/dev/null \
           | grep -o '^{"status":"[A-Z]*"' | cut -d'"' -f4 || true)
  [ "$status" = UP ] && break
  kill -0 "$pid" 2>/dev/null || break
  sleep 0.5
done
check "the installed focusflow --headless reaches health UP as $user (got '${status}')" test "$status" = UP
[ "$status" = UP ] || { tail -50 "$work/run.log"; curl -s -u "admin:$password" "http://127.0.0.1:$port/focusflow/api/v1/health" || true; }
java_pid=$(pgrep -u "$user" -f /opt/focusflow/bin/focusflow | head -1 || true)
check "it runs as the native launcher on the bundled runtime" \
  bash -c "[ -n '$java_pid' ] && readlink /proc/$java_pid/exe | grep -qx /opt/focusflow/bin/focusflow \
           && grep -q /opt/focusflow/lib/runtime/lib/server/libjvm.so /proc/$java_pid/maps"
check "it runs as $user" test -n "$java_pid" -a "$(stat -c %U "/proc/$java_pid" 2>/dev/null)" = "$user"
kill -TERM "$java_pid" 2>/dev/null || true
for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
check "SIGTERM stops it" bash -c "! kill -0 $pid 2>/dev/null"
wait "$pid" 2>/dev/null || true
java_pid=
pid=
if [ -n "$helper_pid" ]; then
  kill -TERM "$helper_pid" 2>/dev/null || true
  wait "$helper_pid" 2>/dev/null || true
  helper_pid=
  rm -rf /run/focusflow
fi
check "it made its data dir in the user's home, owner-only" test "$(stat -c %U "$data")" = "$user"
check "nothing in the data dir is open to group or others" test -z "$(find "$data" -perm /077 -print -quit)"
data_sums > "$work/data.before"
check "the data dir holds the database and credentials" grep -q -E 'focusflow.db$' "$work/data.before"

# --- upgrade over itself: the helper's state and the user's data stay ------------------------------------------
mkdir -p /var/lib/focusflow-helper
echo "strict block until 2099-01-01T00:00:00Z" > /var/lib/focusflow-helper/upgrade-test-marker
state_before=$(sha256sum /var/lib/focusflow-helper/upgrade-test-marker)
check "dpkg -i upgrades over the installed package" dpkg -i "$deb" > "$work/upgrade.log" 2>&1 || cat "$work/upgrade.log"
check "the upgrade keeps the helper's state dir" test "$(sha256sum /var/lib/focusflow-helper/upgrade-test-marker 2>/dev/null)" = "$state_before"
check "the upgrade leaves the user's data as it was" bash -c "cd '$data' && diff '$work/data.before' <(find . -type f ! -path './logs/*' -print0 | sort -z | xargs -0 sha256sum)"
check "the upgraded command still runs" bash -c "runuser -u '$user' -- env -i HOME='$home' PATH=/usr/bin:/bin focusflow --version | grep -q '^FocusFlow '"

# --- remove, then purge ----------------------------------------------------------------------------------------
check "dpkg -r removes the package" dpkg -r focusflow > "$work/remove.log" 2>&1 || cat "$work/remove.log"
check "remove takes the application away" test ! -e /opt/focusflow -a ! -e /usr/bin/focusflow
check "remove leaves the helper's state dir to purge" test -f /var/lib/focusflow-helper/upgrade-test-marker
check "dpkg -P purges the package" dpkg -P focusflow > "$work/purge.log" 2>&1 || cat "$work/purge.log"
check "purge removes the helper's state dir" test ! -e /var/lib/focusflow-helper
check "remove and purge leave the user's data as it was" bash -c "cd '$data' && diff '$work/data.before' <(find . -type f ! -path './logs/*' -print0 | sort -z | xargs -0 sha256sum)"
system_files > "$work/after"
check "nothing of FocusFlow is left outside users' data dirs" diff "$work/before" "$work/after"
check "no path named focusflow is left outside users' data dirs" bash -c "! grep -i focusflow '$work/after'"
check "/etc/hosts is untouched by install, upgrade, remove and purge" test "$(sha256sum /etc/hosts)" = "$hosts_before"
