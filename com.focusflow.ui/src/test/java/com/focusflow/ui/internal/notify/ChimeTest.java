package com.focusflow.ui.internal.notify;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChimeTest {
    @Test
    void theChimeIsTwoFadedTonesWithoutClicks() {
        byte[] pcm = Chime.samples();
        int samples = pcm.length / 2;
        assertThat(samples).isEqualTo((int) (Chime.RATE * 0.2) * 2);
        short first = (short) ((pcm[1] << 8) | (pcm[0] & 0xff));
        short last = (short) ((pcm[pcm.length - 1] << 8) | (pcm[pcm.length - 2] & 0xff));
        assertThat(Math.abs(first)).as("starts silent").isLessThan(200);
        assertThat(Math.abs(last)).as("ends silent").isLessThan(200);
        int loudest = 0;
        for (int i = 0; i < pcm.length; i += 2) {
            loudest = Math.max(loudest, Math.abs((short) ((pcm[i + 1] << 8) | (pcm[i] & 0xff))));
        }
        assertThat(loudest).as("soft: about a third of full scale").isBetween(8000, 11000);
    }
}
