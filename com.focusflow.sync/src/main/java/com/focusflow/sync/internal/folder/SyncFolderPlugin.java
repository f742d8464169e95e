package com.focusflow.sync.internal.folder;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.Map;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.focusflow.api.sync.SyncDevice;
import com.focusflow.api.sync.SyncFolderService;
import com.focusflow.api.sync.SyncFolderStatus;

/** The Web Console page "Sync folder" ({@code /system/console/focusflow-sync}): read-only. */
@Component(service = Servlet.class, property = { "felix.webconsole.label=focusflow-sync",
    "felix.webconsole.title=Sync folder", "felix.webconsole.category=FocusFlow" })
public final class SyncFolderPlugin extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final transient SyncFolderService folder;

    @Activate
    public SyncFolderPlugin(@Reference SyncFolderService folder) {
        this.folder = folder;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/html;charset=UTF-8");
        render(folder.status(), response.getWriter());
    }

    static void render(SyncFolderStatus status, PrintWriter out) {
        out.print("<div id=\"ff-sync\">");
        if (!status.enabled()) {
            out.print("<p>Sync folder: off. Set a folder in Configuration, \"FocusFlow sync folder\".</p></div>");
            return;
        }
        out.print("<p>Folder: <code>" + text(status.folder()) + "</code>; last sync: " + time(status.lastSync()) + "</p>");
        if (status.problem() != null) {
            out.print("<p class=\"ui-state-error\">" + text(status.problem()) + "</p>");
        }
        out.print("<table class=\"nicetable\"><thead><tr><th>device</th><th>id</th><th>last seen</th><th>last merged</th>"
                + "<th>items</th><th>last error</th></tr></thead><tbody>");
        if (status.device() != null) {
            row(out, status.device(), " (this device)");
        }
        status.peers().forEach(peer -> row(out, peer, ""));
        out.print("</tbody></table></div>");
    }

    private static void row(PrintWriter out, SyncDevice device, String suffix) {
        StringBuilder counts = new StringBuilder();
        for (Map.Entry<String, Integer> e : device.counts().entrySet()) {
            counts.append(counts.length() == 0 ? "" : ", ").append(e.getKey()).append(' ').append(e.getValue());
        }
        out.print("<tr><td>" + text(device.name()) + text(suffix) + "</td><td><code>" + text(device.id()) + "</code></td><td>"
                + time(device.lastSeen()) + "</td><td>" + time(device.lastMerged()) + "</td><td>" + text(counts.toString())
                + "</td><td>" + text(device.lastError() == null ? "" : device.lastError()) + "</td></tr>");
    }

    private static String time(Instant instant) {
        return instant == null ? "never" : instant.toString();
    }

    /** HTML-escapes text: device names come from other devices' files. */
    static String text(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
