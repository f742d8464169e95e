package com.focusflow.blocking.internal.hosts;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration of the hosts-file website blocker (PID {@value HostsBlocker#PID}). */
@ObjectClassDefinition(name = "FocusFlow website blocking (hosts file)",
        description = "Blocks websites during focus sessions through the system's hosts file.")
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
}
