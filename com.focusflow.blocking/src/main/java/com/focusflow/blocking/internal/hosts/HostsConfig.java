package com.focusflow.blocking.internal.hosts;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration of the hosts-file website blocker (PID {@value HostsBlocker#PID}). */
@ObjectClassDefinition(name = "FocusFlow website blocking (hosts file)",
        description = "Blocks websites during focus sessions through the system's hosts file: directly when FocusFlow "
                + "may write it, else through FocusFlow's privileged helper.")
public @interface HostsConfig {

    @AttributeDefinition(name = "Hosts file", description = "Path of the hosts file; empty for the system's "
            + "(/etc/hosts, or %SystemRoot%\\System32\\drivers\\etc\\hosts on Windows). Nothing is written "
            + "until blocking engages during a focus session.")
    String path() default "";

    @AttributeDefinition(name = "Check interval (s)", description = "How often the block is checked while engaged "
            + "and put back if it was edited away, 1-60 s.", min = "1", max = "60")
    int checkSeconds() default 2;

    @AttributeDefinition(name = "Flush DNS cache", description = "Flush the system's DNS cache after each change "
            + "(best effort).")
    boolean flushDns() default true;

    @AttributeDefinition(name = "Helper socket", description = "Unix socket of FocusFlow's privileged helper "
            + "(installed with sudo run/install-helper), used when FocusFlow may not write the hosts file itself; "
            + "empty to never use a helper.")
    String helperSocket() default HostsSettings.DEFAULT_HELPER_SOCKET;
}
