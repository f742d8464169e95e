package com.focusflow.ui.internal.tray;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/** The two tray images, drawn rather than shipped: a ring when idle, a filled red dot while a session runs. */
final class TrayIcons {
    private static final Color ACCENT = new Color(0x0969da);
    private static final Color RUNNING = new Color(0xcf222e);

    private TrayIcons() {
    }

    static BufferedImage idle(int size) {
        return draw(size, false);
    }

    static BufferedImage running(int size) {
        return draw(size, true);
    }

    private static BufferedImage draw(int size, boolean running) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            int stroke = Math.max(2, size / 8);
            g.setStroke(new BasicStroke(stroke));
            g.setColor(ACCENT);
            g.drawOval(stroke, stroke, size - 2 * stroke - 1, size - 2 * stroke - 1);
            if (running) {
                int dot = size / 2;
                g.setColor(RUNNING);
                g.fillOval((size - dot) / 2, (size - dot) / 2, dot, dot);
            }
        } finally {
            g.dispose();
        }
        return image;
    }
}
