package com.focusflow.ui.internal.notify;

import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.SourceDataLine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The optional end-of-session sound: two short soft tones, made here rather than shipped as a file. */
public final class Chime {
    static final float RATE = 22_050f;
    private static final Logger LOG = LoggerFactory.getLogger(Chime.class);

    private Chime() {
    }

    /** Plays the chime; blocks for about half a second (call it off the FX thread). No sound device: logged. */
    public static void play() {
        byte[] samples = samples();
        AudioFormat format = new AudioFormat(RATE, 16, 1, true, false);
        try (SourceDataLine line = AudioSystem.getSourceDataLine(format)) {
            line.open(format);
            line.start();
            line.write(samples, 0, samples.length);
            line.drain();
        } catch (LineUnavailableException | IllegalArgumentException | SecurityException e) {
            LOG.info("No end-of-session sound: {}", e.toString());
        }
    }

    /** 16-bit little-endian mono PCM: 660 Hz then 880 Hz, 0.2 s each, faded in and out (no clicks). */
    static byte[] samples() {
        int each = (int) (RATE * 0.2);
        byte[] pcm = new byte[each * 2 * 2];
        double[] tones = { 660, 880 };
        for (int t = 0; t < tones.length; t++) {
            for (int i = 0; i < each; i++) {
                double fade = Math.min(1, Math.min(i, each - i) / (RATE * 0.02));
                short value = (short) (Math.sin(2 * Math.PI * tones[t] * i / RATE) * fade * 0.3 * Short.MAX_VALUE);
                int at = (t * each + i) * 2;
                pcm[at] = (byte) value;
                pcm[at + 1] = (byte) (value >> 8);
            }
        }
        return pcm;
    }
}
