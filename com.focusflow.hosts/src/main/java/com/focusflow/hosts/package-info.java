/**
 * The one copy of FocusFlow's hosts-file code, JDK only: {@link com.focusflow.hosts.HostNames} (what may be
 * blocked), {@link com.focusflow.hosts.HostsContent} (the byte-exact edit of the marker-delimited block) and
 * {@link com.focusflow.hosts.HostsFile} (read, atomic replace). Embedded privately in the blocking bundle
 * and in the privileged helper; never exported.
 */
package com.focusflow.hosts;
