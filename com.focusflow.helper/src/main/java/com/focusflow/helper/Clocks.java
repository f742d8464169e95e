package com.focusflow.helper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.UUID;

/**
 * The helper's two clocks. Elapsed time comes from a clock that counts from boot, suspend included, and
 * that nobody can set ({@code CLOCK_BOOTTIME} through {@code /proc/uptime} on Linux), so that setting the
 * wall clock forward does not end a strict block early; the wall clock is used only across a reboot, when
 * the boot id has changed.
 */
interface Clocks {

    Instant wall();

    /** Milliseconds since this boot; only comparable within one {@link #bootId()}. */
    long elapsedMillis();

    /** Changes with every boot. */
    String bootId();

    /** The system's clocks: Linux's boot-time clock and boot id; elsewhere the JVM's monotonic clock. */
    static Clocks system() {
        Path uptime = Path.of("/proc/uptime");
        Path bootId = Path.of("/proc/sys/kernel/random/boot_id");
        if (Files.isReadable(uptime) && Files.isReadable(bootId)) {
            return new Clocks() {
                @Override
                public Instant wall() {
                    return Instant.now();
                }

                @Override
                public long elapsedMillis() {
                    try {
                        String first = Files.readString(uptime).split(" ")[0];
                        return Math.round(Double.parseDouble(first) * 1000);
                    } catch (IOException | RuntimeException e) {
                        throw new IllegalStateException("cannot read " + uptime, e);
                    }
                }

                @Override
                public String bootId() {
                    try {
                        return Files.readString(bootId).strip();
                    } catch (IOException e) {
                        throw new IllegalStateException("cannot read " + bootId, e);
                    }
                }
            };
        }
        // Without a boot id, each helper process counts as a new boot: its strict ends follow the wall clock.
        String processBoot = UUID.randomUUID().toString();
        long origin = System.nanoTime();
        return new Clocks() {
            @Override
            public Instant wall() {
                return Instant.now();
            }

            @Override
            public long elapsedMillis() {
                return (System.nanoTime() - origin) / 1_000_000;
            }

            @Override
            public String bootId() {
                return processBoot;
            }
        };
    }
}
