package com.focusflow.blocking.internal.list;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Apps FocusFlow never blocks, because closing them could end the desktop session, lock the user out of a
 * shell, or take FocusFlow down: by name, and by what they are where the system says so — the shells in
 * {@code /etc/shells}, the terminal emulators and desktop sessions that desktop entries declare
 * ({@code Categories=TerminalEmulator}, {@code xsessions}, {@code wayland-sessions}).
 */
public final class ProtectedApps {

    static final Set<String> NAMES = Set.of(
            // FocusFlow itself
            "java", "javaw", "focusflow",
            // init, kernel, services and daemons
            "init", "systemd", "kthreadd", "ksoftirqd", "kworker", "migration", "rcu_sched", "dbus-daemon",
            "dbus-broker", "dbus-launch", "polkitd", "udevd", "rsyslogd", "syslog-ng", "journald", "cron", "crond",
            "anacron", "atd", "dockerd", "containerd", "containerd-shim", "podman", "conmon", "runc", "agetty",
            "getty", "mingetty", "login", "sshd", "networkmanager", "wpa_supplicant", "avahi-daemon", "cupsd",
            "accounts-daemon", "upowerd", "udisksd", "rtkit-daemon", "colord",
            // privilege tools
            "sudo", "su", "doas", "pkexec", "run0", "sudoedit", "passwd", "newgrp", "sg", "setpriv", "runuser",
            "polkit-agent-helper-1", "polkit-gnome-authentication-agent-1", "polkit-kde-authentication-agent-1",
            "lxpolkit", "mate-polkit",
            // agents and keyrings
            "ssh-agent", "gpg-agent", "gnome-keyring-daemon", "kwalletd5", "kwalletd6", "kwalletd", "scdaemon",
            "dirmngr", "keepassxc-proxy", "secret-service",
            // login and session managers, display servers, audio
            "gdm", "gdm3", "gdm-session-worker", "gdm-wayland-session", "gdm-x-session", "sddm", "sddm-helper",
            "lightdm", "xdm", "ly", "greetd", "gnome-session", "gnome-session-binary", "gnome-shell", "plasmashell",
            "ksmserver", "startplasma-x11", "startplasma-wayland", "xfce4-session", "lxsession", "lxqt-session",
            "mate-session", "cinnamon-session", "budgie-desktop", "xorg", "x", "xwayland", "xinit", "startx",
            "pipewire", "pipewire-pulse", "wireplumber", "pulseaudio",
            // window managers and compositors
            "kwin_x11", "kwin_wayland", "mutter", "gnome-shell-wayland", "muffin", "marco", "metacity", "xfwm4",
            "openbox", "fluxbox", "blackbox", "icewm", "jwm", "fvwm", "fvwm3", "awesome", "i3", "i3-msg", "sway",
            "swaybg", "swayidle", "swaylock", "hyprland", "river", "wayfire", "labwc", "niri", "weston", "cage",
            "gamescope", "xmonad", "qtile", "bspwm", "sxhkd", "herbstluftwm", "spectrwm" /* dwm: with Windows, below */, "enlightenment",
            "compiz", "picom", "compton", "xcompmgr", "waybar", "polybar", "xfce4-panel", "lxpanel", "tint2",
            // terminals and multiplexers
            "xterm", "uxterm", "gnome-terminal", "gnome-terminal-server", "kgx", "konsole", "xfce4-terminal",
            "mate-terminal", "lxterminal", "qterminal", "terminator", "tilix", "alacritty", "kitty", "foot",
            "footclient", "wezterm", "wezterm-gui", "urxvt", "rxvt", "st", "sakura", "terminology", "guake",
            "yakuake", "tilda", "ptyxis", "tmux", "screen", "zellij", "byobu", "dtach", "abduco",
            // shells (more are read from /etc/shells)
            "sh", "bash", "rbash", "dash", "zsh", "fish", "ksh", "mksh", "pdksh", "oksh", "loksh", "tcsh", "csh",
            "yash", "posh", "busybox", "toybox", "nu", "nushell", "elvish", "xonsh", "ion", "oil", "osh", "ysh",
            "pwsh", "powershell",
            // macOS
            "launchd", "kernel_task", "windowserver", "finder", "dock", "loginwindow", "systemuiserver",
            "coreaudiod", "mds", "terminal", "iterm2",
            // Windows
            "system", "idle", "registry", "smss", "csrss", "wininit", "winlogon", "services", "lsass", "svchost",
            "dwm", "explorer", "sihost", "fontdrvhost", "conhost", "cmd", "windowsterminal", "openconsole");

    private static final List<String> PREFIXES = List.of("systemd-", "kworker/", "gnome-session-", "xdg-desktop-portal");

    private static final class System {
        static final ProtectedApps INSTANCE = discover(Path.of("/"));
    }

    private final Set<String> discovered;

    ProtectedApps(Set<String> discovered) {
        this.discovered = Set.copyOf(discovered);
    }

    /** This machine's: the names above plus what its shells list and desktop entries declare (read once). */
    public static ProtectedApps system() {
        return System.INSTANCE;
    }

    /** Whether a process with this (already keyed, {@link AppNames#key}) name must never be closed. */
    public boolean isProtected(String key) {
        return NAMES.contains(key) || discovered.contains(key) || PREFIXES.stream().anyMatch(key::startsWith);
    }

    /** Reads the shells and desktop entries below {@code root} ("/" on a real system). */
    static ProtectedApps discover(Path root) {
        Set<String> found = new HashSet<>();
        try (Stream<String> shells = Files.lines(root.resolve("etc/shells"), StandardCharsets.UTF_8)) {
            shells.map(String::strip).filter(l -> l.startsWith("/")).forEach(l -> found.add(keyOfCommand(l)));
        } catch (IOException | RuntimeException noShellsFile) {
            // the names above still hold
        }
        for (String dir : List.of("usr/share/applications", "usr/local/share/applications")) {
            readEntries(root.resolve(dir), true, found);
        }
        for (String dir : List.of("usr/share/xsessions", "usr/share/wayland-sessions")) {
            readEntries(root.resolve(dir), false, found);
        }
        found.remove("");
        return new ProtectedApps(found);
    }

    private static void readEntries(Path dir, boolean terminalsOnly, Set<String> found) {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir, "*.desktop")) {
            for (Path entry : entries) {
                readEntry(entry, terminalsOnly, found);
            }
        } catch (IOException | RuntimeException unreadable) {
            // the names above still hold
        }
    }

    private static void readEntry(Path entry, boolean terminalsOnly, Set<String> found) {
        try {
            String exec = null;
            boolean terminal = false;
            for (String line : Files.readAllLines(entry, StandardCharsets.UTF_8)) {
                if (line.startsWith("Exec=") && exec == null) {
                    exec = line.substring(5);
                } else if (line.startsWith("Categories=")) {
                    terminal = List.of(line.substring(11).split(";")).contains("TerminalEmulator");
                }
            }
            if (exec != null && (terminal || !terminalsOnly)) {
                found.add(keyOfCommand(exec));
            }
        } catch (IOException | RuntimeException unreadable) {
            // a broken entry protects nothing more
        }
    }

    /** The key of a command line's program: {@code /usr/bin/gnome-terminal --window} is {@code gnome-terminal}. */
    private static String keyOfCommand(String command) {
        String program = command.strip().split("\\s+")[0].replace("\"", "");
        if (program.equals("env") || program.endsWith("/env")) {
            return ""; // "env VAR=x prog": too unusual to follow; the name list covers the common ones
        }
        return AppNames.key(program.substring(program.lastIndexOf('/') + 1)).toLowerCase(Locale.ROOT);
    }
}
