#!/bin/sh
# The `focusflow` command of the installed package: starts the native launcher in /opt/focusflow, which
# runs FocusFlow on its bundled runtime with the shipped JVM settings. Options pass through
# (--headless, --hidden, --help, ...); extra JVM options go in FOCUSFLOW_JAVA_OPTS, as with run/focusflow.
# The native launcher takes its JVM options only from its .cfg file; the JVM itself also reads
# JAVA_TOOL_OPTIONS (and says so on stderr), which is how FOCUSFLOW_JAVA_OPTS reaches it.
if [ -n "$FOCUSFLOW_JAVA_OPTS" ]; then
  JAVA_TOOL_OPTIONS="$FOCUSFLOW_JAVA_OPTS${JAVA_TOOL_OPTIONS:+ $JAVA_TOOL_OPTIONS}"
  export JAVA_TOOL_OPTIONS
fi
# The data dir holds credentials, the database and logs: whatever FocusFlow creates is yours only (as run/focusflow).
umask 077
# glibc keeps one malloc arena per thread by default; two are plenty here and keep the footprint down.
MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}
export MALLOC_ARENA_MAX
exec /opt/focusflow/bin/focusflow "$@"
