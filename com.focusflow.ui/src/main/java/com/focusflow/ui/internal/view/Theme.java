package com.focusflow.ui.internal.view;

import java.net.URL;
import javafx.application.Application;
import javafx.scene.Scene;

/**
 * The look: AtlantaFX's Primer theme (light or dark) as the user-agent style sheet, plus FocusFlow's own
 * few rules (app.css). The style sheets are resources of this bundle, addressed by their bundle URLs,
 * because JavaFX resolves a bare path through the FX thread's context class loader, which cannot see
 * into a bundle.
 */
public final class Theme {
    private final URL light;
    private final URL dark;
    private final URL app;

    public Theme(URL light, URL dark, URL app) {
        this.light = light;
        this.dark = dark;
        this.app = app;
    }

    /** Applies light or dark to every window of the toolkit (the user-agent style sheet is global). */
    void apply(Scene scene, boolean darkMode) {
        Application.setUserAgentStylesheet((darkMode ? dark : light).toExternalForm());
        scene.getStylesheets().setAll(app.toExternalForm());
    }
}
