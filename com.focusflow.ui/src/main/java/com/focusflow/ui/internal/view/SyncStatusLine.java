package com.focusflow.ui.internal.view;

import java.time.Instant;
import java.util.function.Supplier;

import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.util.Duration;

import com.focusflow.api.sync.SyncFolderStatus;
import com.focusflow.ui.internal.model.SyncLine;

/** A read-only line under the tabs with the sync folder's state, refreshed every few seconds; hidden when off. */
public final class SyncStatusLine {

    private SyncStatusLine() {
    }

    /** @param status the current status, or null while the sync bundle is not there */
    public static Label create(Supplier<SyncFolderStatus> status) {
        Label line = new Label();
        line.setId("sync-line");
        line.setPadding(new Insets(4, 18, 6, 18));
        line.getStyleClass().add("text-small");
        Runnable refresh = () -> {
            String text = SyncLine.text(status.get(), Instant.now());
            line.setText(text == null ? "" : text);
            line.setVisible(text != null);
            line.setManaged(text != null);
        };
        refresh.run();
        Timeline ticker = new Timeline(new KeyFrame(Duration.seconds(5), e -> refresh.run()));
        ticker.setCycleCount(Timeline.INDEFINITE);
        ticker.play();
        return line;
    }
}
