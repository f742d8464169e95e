package com.focusflow.sync.internal.folder;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.focusflow.api.sync.SyncDevice;
import com.focusflow.api.sync.SyncFolderStatus;

class SyncFolderPluginTest {

    static String render(SyncFolderStatus status) {
        StringWriter out = new StringWriter();
        SyncFolderPlugin.render(status, new PrintWriter(out));
        return out.toString();
    }

    @Test
    void showsEveryDeviceAndEscapesNamesThatComeFromOtherDevicesFiles() {
        SyncDevice self = new SyncDevice("id-self", "laptop", Instant.parse("2026-01-05T09:00:00Z"), null,
                Map.of("sessions", 12), null);
        SyncDevice peer = new SyncDevice("id-peer", "<script>alert(1)</script>", null, Instant.parse("2026-01-05T09:01:00Z"),
                Map.of(), "focusflow-x.data.sessions.json: the document is truncated");
        String page = render(new SyncFolderStatus(true, "/home/u/Sync", self, Instant.parse("2026-01-05T09:02:00Z"), null,
                List.of(peer)));

        assertThat(page).contains("laptop (this device)", "sessions 12", "/home/u/Sync", "2026-01-05T09:02:00Z",
                "&lt;script&gt;alert(1)&lt;/script&gt;", "the document is truncated").doesNotContain("<script>");
    }

    @Test
    void saysHowToTurnItOnWhenOff() {
        assertThat(render(new SyncFolderStatus(false, null, null, null, null, List.of()))).contains("off")
                .contains("FocusFlow sync folder");
    }

    @Test
    void badSettingsAreNamedByField() {
        assertThat(SyncFolderComponent.checked("relative/folder", "laptop")).startsWith("path:");
        assertThat(SyncFolderComponent.checked("/abs", "bad\u0007name")).startsWith("deviceName:");
        assertThat(SyncFolderComponent.checked("/abs", "x".repeat(101))).startsWith("deviceName:");
        assertThat(SyncFolderComponent.checked("/abs", "laptop")).isNull();
    }
}
