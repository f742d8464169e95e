package com.focusflow.ui.internal.autostart;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The "start at login" setting: on, it writes the user's XDG autostart entry that starts FocusFlow hidden;
 * off (the default), it removes the entry FocusFlow wrote. Applied at start and on every change, so the
 * entry always follows the setting, also when it was edited while FocusFlow was not running. Works
 * headless too: the setting belongs to the user's desktop session, not to the window.
 */
@Component(name = StartAtLogin.PID, configurationPid = StartAtLogin.PID, immediate = true, service = {})
@Designate(ocd = AutostartConfig.class)
public final class StartAtLogin {
    /** Also the window's switch (StartAtLoginViewModel) changes this configuration, never the file. */
    public static final String PID = "com.focusflow.ui.autostart";
    private static final Logger LOG = LoggerFactory.getLogger(StartAtLogin.class);

    private final AutostartEntry entry;
    private final List<String> command;
    private final boolean supported;

    @Activate
    public StartAtLogin(AutostartConfig config, BundleContext context) {
        this(config, new AutostartEntry(AutostartEntry.autostartDir(System.getenv(), System.getProperty("user.home"))),
                LaunchCommand.current(context.getProperty(LaunchCommand.COMMAND_PROPERTY)),
                freedesktop(System.getProperty("os.name", "")));
    }

    StartAtLogin(AutostartConfig config, AutostartEntry entry, List<String> command, boolean supported) {
        this.entry = entry;
        this.command = command;
        this.supported = supported;
        apply(config);
    }

    @Modified
    void modified(AutostartConfig config) {
        apply(config);
    }

    /** XDG autostart is the desktops' convention on Linux and the BSDs; macOS and Windows have their own. */
    static boolean freedesktop(String osName) {
        String os = osName.toLowerCase(Locale.ROOT);
        return !os.startsWith("windows") && !os.startsWith("mac");
    }

    private void apply(AutostartConfig config) {
        if (!supported) {
            if (config.enabled()) {
                LOG.warn("Start at login is not available on {} yet; nothing was changed", System.getProperty("os.name"));
            }
            return;
        }
        try {
            if (config.enabled()) {
                entry.write(command);
                LOG.info("Start at login is on: {} starts {}", entry.file(), String.join(" ", command));
            } else if (entry.remove()) {
                LOG.info("Start at login is off: removed {}", entry.file());
            }
        } catch (IOException e) {
            LOG.warn("Could not change the autostart entry {}: {}", entry.file(), e.toString());
        }
    }
}
