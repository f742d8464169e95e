#!/usr/bin/env bash
# Start-up and idle memory of the installed package next to the source build, measured in the same run:
# alternating starts of `focusflow --headless` (the installed command) and `run/focusflow --headless`,
# each with a fresh data dir, timed from just before the start until /health reports UP (polled every
# 50 ms) and the JVM's CPU time until then, then its resident set size after IDLE seconds. Prints one line
# per start (label, ms to UP, RSS KiB, CPU ms) and medians.
#   packaging/test/startup-compare.sh [RUNS] [IDLE]     (the .deb installed, run/target/focusflow.jar built)
#   packaging/test/startup-compare.sh RUNS IDLE LABEL=COMMAND...   (other launchers, e.g. an app image's
#       run/target/jpackage/image/focusflow/bin/focusflow, in turn; each run with MALLOC_ARENA_MAX=2)
set -euo pipefail
runs=${1:-3}
idle=${2:-30}
root=$(cd "$(dirname "$0")/../.." && pwd)
password=bench-$RANDOM$RANDOM

measure() { # $1 label, rest: command
  local label=$1; shift
  local home port start pid status ms rss
  home=$(mktemp -d)
  port=$((20000 + RANDOM % 40000))
  start=$(date +%s%N)
  FOCUSFLOW_HOME=$home FOCUSFLOW_PASSWORD=$password FOCUSFLOW_JAVA_OPTS="-Dorg.osgi.service.http.port=$port" \
    setsid "$@" --headless > "$home.log" 2>&1 &
  pid=$!
  status=
  while [ "$status" != UP ]; do
    status=$(curl -s -u "admin:$password" "http://127.0.0.1:$port/focusflow/api/v1/health" 2>/dev/null \
             | grep -o '^{"status":"[A-Z]*"' | cut -d'"' -f4 || true)
    [ "$status" = UP ] || sleep 0.05
  done
  ms=$(( ($(date +%s%N) - start) / 1000000 ))
  local jpid cpu
  jpid=$(pgrep -s "$pid" -f 'focusflow' | while read -r p; do grep -q libjvm.so /proc/$p/maps 2>/dev/null && echo $p; done | head -1)
  # CPU time of the JVM process (all threads) up to UP: on a loaded machine the steadier figure
  cpu=$(awk -v hz="$(getconf CLK_TCK)" '{ print int(($14 + $15) * 1000 / hz) }' /proc/$jpid/stat)
  sleep "$idle"
  rss=$(awk '/VmRSS/ {print $2}' /proc/$jpid/status)
  kill -TERM "$jpid"; wait "$pid" 2>/dev/null || true
  rm -rf "$home" "$home.log"
  echo "$label $ms $rss $cpu"
}

shift $(( $# < 2 ? $# : 2 ))
[ $# -gt 0 ] || set -- installed=/usr/bin/focusflow source="$root/run/focusflow"
export MALLOC_ARENA_MAX=2 # as both launchers set it
results=$(for i in $(seq 1 "$runs"); do
  for pair in "$@"; do
    measure "${pair%%=*}" "${pair#*=}"
  done
done)
echo "$results"
median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
for pair in "$@"; do
  label=${pair%%=*}
  ms=$(echo "$results" | awk -v l="$label" '$1 == l { print $2 }' | median)
  kib=$(echo "$results" | awk -v l="$label" '$1 == l { print $3 }' | median)
  cpu=$(echo "$results" | awk -v l="$label" '$1 == l { print $4 }' | median)
  echo "$label: start to health UP $ms ms, CPU time to UP $cpu ms, idle RSS $((kib / 1024)) MiB (medians)"
done
